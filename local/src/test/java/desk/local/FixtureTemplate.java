package desk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import desk.devkit.SamTemplate;

/** The test templates, copied into a temporary folder so its .local/ (keys, data) lands there. */
final class FixtureTemplate {

    private FixtureTemplate() {
    }

    static SamTemplate in(Path dir) {
        return copy("/local-fixture-template.yaml", dir);
    }

    /** A table with a stream and a recording consumer ({@code desk.local.fixture.StreamRecorderHandler}). */
    static SamTemplate streams(Path dir) {
        return copy("/streams-fixture-template.yaml", dir);
    }

    private static SamTemplate copy(String resource, Path dir) {
        Path file = dir.resolve("template.yaml");
        try (InputStream in = FixtureTemplate.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SamTemplate.load(file);
    }
}
