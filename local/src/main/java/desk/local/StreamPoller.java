package desk.local;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import desk.devkit.StreamEventSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Lambda's poller for one {@code DynamoDB} event: reads the table's stream, keeps the records
 * passing the event's filters, gathers them into batches of {@code BatchSize} (waiting up to
 * {@code MaximumBatchingWindowInSeconds} for a full one), has each delivered, and saves its
 * position after each, so a restart neither repeats nor skips records.
 *
 * <p>It has caught up with the stream when a page it asked for found the stream's end while
 * nothing it read was left to deliver and its saved position covered all it read: then every
 * record written before that page was asked for is done with. {@link #awaitCaughtUp} waits for
 * such a page asked after a given moment, for {@code ./desk invoke} to relay what it wrote.
 */
final class StreamPoller implements AutoCloseable {

    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    private static final Duration AFTER_ERROR = Duration.ofSeconds(1);

    private record Pending(String shardId, Record record) {
    }

    /**
     * What a poller had not done with when asked: the records it read but had neither delivered,
     * filtered out nor given up on, its saved position, and why its last poll failed, if it did.
     */
    record Backlog(String sourceId, List<String> undelivered, Optional<StreamPosition> saved, Optional<String> lastError) {

        String describe() {
            String records = undelivered.isEmpty() ? "no record read is waiting; the stream's end was not reached yet"
                    : undelivered.size() + " record" + (undelivered.size() == 1 ? "" : "s") + " read but not delivered: "
                    + String.join(", ", undelivered);
            return sourceId + ": " + records
                    + "; position saved at " + saved.map(p -> p.shardId() + "/" + p.sequenceNumber()).orElse("none")
                    + lastError.map(e -> "; last poll failed: " + e).orElse("");
        }
    }

    private final StreamEventSource source;
    private final String streamArn;
    private final DynamoDbStreamsClient streams;
    private final StreamRecordEvents events;
    private final List<EventPattern> filters;
    private final BatchDelivery delivery;
    private final StreamPositions positions;
    private final Clock clock;
    private final PrintStream log;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile List<Pending> undelivered = List.of();
    private volatile String lastError;
    private final Object progress = new Object();
    /** Pages asked for so far; guarded by {@link #progress}. */
    private long pagesAsked;
    /** The last page found at the stream's end with everything read done with; guarded by {@link #progress}. */
    private long caughtUpAtPage;

    StreamPoller(StreamEventSource source, String streamArn, DynamoDbStreamsClient streams, StreamRecordEvents events,
                 List<EventPattern> filters, BatchDelivery delivery, StreamPositions positions, Clock clock, PrintStream log) {
        this.source = source;
        this.streamArn = streamArn;
        this.streams = streams;
        this.events = events;
        this.filters = List.copyOf(filters);
        this.delivery = delivery;
        this.positions = positions;
        this.clock = clock;
        this.log = log;
        this.thread = Thread.ofPlatform().name("desk-stream-" + source.id()).daemon(true).unstarted(this::run);
    }

    StreamPoller start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            try {
                poll();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // Undelivered records were not checkpointed: polling again from the position repeats none that were.
                lastError = e.toString();
                if (running) {
                    log.printf("%s: polling failed, resuming from the saved position: %s%n", source.id(), e);
                    sleep(AFTER_ERROR);
                }
            }
        }
    }

    private void poll() throws InterruptedException {
        ShardCursor cursor = ShardCursor.open(streams, streamArn, positions.load(source.id()), source.startingPosition(),
                source.id(), log);
        List<Pending> pending = new ArrayList<>();
        Instant firstPendingAt = null;
        StreamPosition read = null;
        StreamPosition saved = null;
        while (running) {
            long asked;
            synchronized (progress) {
                asked = ++pagesAsked;
            }
            ShardCursor.Page page = cursor.next();
            for (Record record : page.records()) {
                if (EventPattern.anyMatches(filters, events.filterView(record))) {
                    pending.add(new Pending(page.shardId(), record));
                }
                read = new StreamPosition(streamArn, page.shardId(), record.dynamodb().sequenceNumber());
            }
            undelivered = List.copyOf(pending);
            if (!pending.isEmpty() && firstPendingAt == null) {
                firstPendingAt = clock.instant();
            }
            if (!pending.isEmpty() && (pending.size() >= source.batchSize() || windowOver(firstPendingAt))) {
                if (!deliverAll(pending)) {
                    return;
                }
                pending.clear();
                undelivered = List.of();
                firstPendingAt = null;
            }
            if (pending.isEmpty() && read != null && !read.equals(saved)) {
                positions.save(source.id(), read); // records filtered out are done with too
                saved = read;
            }
            lastError = null;
            if (page.end() && pending.isEmpty()) { // and, just above, all read is saved
                synchronized (progress) {
                    caughtUpAtPage = asked;
                    progress.notifyAll();
                }
            }
            if (page.records().isEmpty()) {
                Thread.sleep(IDLE_POLL.toMillis());
            }
        }
    }

    private boolean deliverAll(List<Pending> pending) throws InterruptedException {
        for (int from = 0; from < pending.size(); from += source.batchSize()) {
            List<Pending> batch = pending.subList(from, Math.min(pending.size(), from + source.batchSize()));
            Pending last = batch.getLast();
            if (!delivery.deliver(batch.getFirst().shardId(), batch.stream().map(Pending::record).toList(), () -> running)) {
                return false;
            }
            positions.save(source.id(), new StreamPosition(streamArn, last.shardId(), last.record().dynamodb().sequenceNumber()));
        }
        return true;
    }

    /** The pages asked for so far: a moment in this poller's reading, for {@link #awaitCaughtUp}. */
    long pagesAsked() {
        synchronized (progress) {
            return pagesAsked;
        }
    }

    /**
     * Waits until a page asked for after the first {@code afterPages} found the stream's end with
     * every record read done with and its position saved: all written before that page is done with.
     *
     * @return false when {@code timeout} passed first
     */
    boolean awaitCaughtUp(long afterPages, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (caughtUpAtPage <= afterPages) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }

    /** What this poller has read but not done with yet, for a report of what was not delivered. */
    Backlog backlog() {
        return new Backlog(source.id(), undelivered.stream().map(StreamPoller::describe).toList(),
                positions.load(source.id()), Optional.ofNullable(lastError));
    }

    private static String describe(Pending pending) {
        Map<String, AttributeValue> keys = pending.record().dynamodb().keys();
        return keys.keySet().stream().sorted()
                .map(name -> name + "=" + (keys.get(name).s() != null ? keys.get(name).s() : keys.get(name).n()))
                .collect(Collectors.joining(" ", pending.record().eventName() + " ", ""))
                + " (" + pending.record().dynamodb().sequenceNumber() + ")";
    }

    private boolean windowOver(Instant firstPendingAt) {
        return !clock.instant().isBefore(firstPendingAt.plusSeconds(source.maximumBatchingWindowSeconds()));
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Lets a delivery in progress finish (it is checkpointed then), interrupting only a stuck one. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofSeconds(20));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
