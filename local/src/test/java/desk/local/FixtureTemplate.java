package desk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import desk.devkit.SamTemplate;

/** The test templates, copied into a temporary folder so their .local/ (keys, data) lands there. */
final class FixtureTemplate {

    private FixtureTemplate() {
    }

    /** The local runtime's fixture: a table, a JWT-protected HTTP API, schedules. */
    static SamTemplate in(Path dir) {
        return in(dir, "local-fixture-template.yaml");
    }

    /** A table with a stream and a recording consumer ({@code desk.local.fixture.StreamRecorderHandler}). */
    static SamTemplate streams(Path dir) {
        return in(dir, "streams-fixture-template.yaml");
    }

    static SamTemplate in(Path dir, String resourceName) {
        Path file = dir.resolve("template.yaml");
        try (InputStream in = FixtureTemplate.class.getResourceAsStream("/" + resourceName)) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SamTemplate.load(file);
    }
}
