package desk.local;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import desk.devkit.StreamEventSource;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Lambda's poller for one {@code DynamoDB} event: reads the table's stream, keeps the records
 * passing the event's filters, gathers them into batches of {@code BatchSize} (waiting up to
 * {@code MaximumBatchingWindowInSeconds} for a full one), has each delivered, and saves its
 * position after each, so a restart neither repeats nor skips records.
 */
final class StreamPoller implements AutoCloseable {

    private static final Duration IDLE_POLL = Duration.ofMillis(200);
    private static final Duration AFTER_ERROR = Duration.ofSeconds(1);

    private record Pending(String shardId, Record record) {
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
            ShardCursor.Page page = cursor.next();
            for (Record record : page.records()) {
                if (EventPattern.anyMatches(filters, events.filterView(record))) {
                    pending.add(new Pending(page.shardId(), record));
                }
                read = new StreamPosition(streamArn, page.shardId(), record.dynamodb().sequenceNumber());
            }
            if (!pending.isEmpty() && firstPendingAt == null) {
                firstPendingAt = clock.instant();
            }
            if (!pending.isEmpty() && (pending.size() >= source.batchSize() || windowOver(firstPendingAt))) {
                if (!deliverAll(pending)) {
                    return;
                }
                pending.clear();
                firstPendingAt = null;
            }
            if (pending.isEmpty() && read != null && !read.equals(saved)) {
                positions.save(source.id(), read); // records filtered out are done with too
                saved = read;
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
