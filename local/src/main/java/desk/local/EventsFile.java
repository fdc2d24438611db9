package desk.local;

import java.io.PrintStream;
import java.nio.file.Path;

import desk.devkit.eventbridge.BusEvent;
import desk.devkit.eventbridge.BusEventListener;

/** What the local EventBridge does with an accepted event: one line in the log, one in {@code .local/events.jsonl}. */
final class EventsFile implements BusEventListener {

    private final Path file;
    private final PrintStream log;

    EventsFile(Path file, PrintStream log) {
        this.file = file;
        this.log = log;
    }

    @Override
    public void published(BusEvent event) {
        String envelope = event.envelopeJson();
        JsonLines.append(file, envelope);
        log.printf("EVENT %s %s%n", event.bus(), envelope);
        log.flush();
    }
}
