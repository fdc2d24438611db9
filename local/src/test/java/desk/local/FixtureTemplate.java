package desk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import desk.devkit.SamTemplate;

/** The test template, copied into a temporary folder so its .local/ (keys, data) lands there. */
final class FixtureTemplate {

    private FixtureTemplate() {
    }

    static SamTemplate in(Path dir) {
        Path file = dir.resolve("template.yaml");
        try (InputStream in = FixtureTemplate.class.getResourceAsStream("/local-fixture-template.yaml")) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SamTemplate.load(file);
    }
}
