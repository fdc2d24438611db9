package desk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./desk events}: the local bus's events file for people. Each event is a heading (time,
 * detail type, ticket, eventId) and its detail as JSON. Following reads what another process
 * ({@code desk run}) appends, whole lines only, and starts over if the file is replaced.
 */
final class EventsView {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration FOLLOW_POLL = Duration.ofMillis(250);

    private final Path file;
    private final PrintStream out;

    EventsView(Path file, PrintStream out) {
        this.file = file;
        this.out = out;
    }

    /** Prints every event in the file. @return how many */
    int list() {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            lines.stream().filter(line -> !line.isBlank()).forEach(this::print);
            out.flush();
            return (int) lines.stream().filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Prints every event, then each new one as it is appended, while {@code keepGoing} says so. */
    void follow(BooleanSupplier keepGoing) throws InterruptedException {
        long offset = 0;
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        while (keepGoing.getAsBoolean()) {
            long size = sizeOf(file);
            if (size < offset) { // replaced or emptied: read it again from the start
                offset = 0;
                partial.reset();
            }
            if (size > offset) {
                offset = readFrom(offset, size, partial);
                out.flush();
            }
            Thread.sleep(FOLLOW_POLL.toMillis());
        }
    }

    /** Splits on the newline byte, which never occurs inside a UTF-8 character: a half-written line waits. */
    private long readFrom(long offset, long size, ByteArrayOutputStream partial) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(offset);
            byte[] bytes = new byte[(int) (size - offset)];
            in.readFully(bytes);
            for (byte b : bytes) {
                if (b != '\n') {
                    partial.write(b);
                    continue;
                }
                String line = partial.toString(StandardCharsets.UTF_8);
                partial.reset();
                if (!line.isBlank()) {
                    print(line);
                }
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private void print(String line) {
        out.println(format(line));
    }

    /** {@code 2026-11-27T16:30:00Z  Ticket Received  ticket <id>  eventId <id>/1} and the detail below it. */
    static String format(String envelopeLine) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(envelopeLine);
        } catch (JsonProcessingException e) {
            return "(not an event: " + envelopeLine + ")";
        }
        JsonNode detail = envelope.path("detail");
        StringBuilder heading = new StringBuilder()
                .append(envelope.path("time").asText("?")).append("  ")
                .append(envelope.path("detail-type").asText("?"));
        if (detail.hasNonNull("ticketId")) {
            heading.append("  ticket ").append(detail.get("ticketId").asText());
        }
        if (detail.hasNonNull("eventId")) {
            heading.append("  eventId ").append(detail.get("eventId").asText());
        }
        heading.append("  (").append(envelope.path("source").asText("?")).append(")");
        return heading + System.lineSeparator() + "    " + detail;
    }
}
