package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Appends whole lines to a JSON-lines file, so a reader following it never sees half a line. */
final class JsonLines {

    private JsonLines() {
    }

    static synchronized void append(Path file, String jsonLine) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // One write of the whole line: a concurrent reader sees the line entirely or not at all.
            Files.writeString(file, jsonLine + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to " + file, e);
        }
    }
}
