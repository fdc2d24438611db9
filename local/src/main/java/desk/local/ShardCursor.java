package desk.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Reads one table's stream page by page from a position, as Lambda's poller does: from a saved
 * position when there is one for this very stream, else from the starting position; when a
 * shard closes, on into its child. An expired iterator is fetched again from the last record read.
 */
final class ShardCursor {

    /**
     * What one {@code GetRecords} call returned, and from which shard.
     *
     * @param end whether the stream had nothing further when asked: {@code GetRecords} on an open
     *            shard returned no record, or a closed shard was read to its end and has no child.
     *            On DynamoDB Local, whose stream holds each write once it is acknowledged, that means
     *            every record written before the call was read.
     */
    record Page(String shardId, List<Record> records, boolean end) {
    }

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final PrintStream log;
    private String shardId;
    private String lastRead;
    private ShardIteratorType start;
    private String iterator;
    private boolean shardClosed;

    private ShardCursor(DynamoDbStreamsClient streams, String streamArn, String shardId, String lastRead,
                        ShardIteratorType start, PrintStream log) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.shardId = shardId;
        this.lastRead = lastRead;
        this.start = start;
        this.log = log;
    }

    /** @param startingPosition {@code TRIM_HORIZON} or {@code LATEST}: where a source with no saved position begins */
    static ShardCursor open(DynamoDbStreamsClient streams, String streamArn, Optional<StreamPosition> saved,
                            String startingPosition, String sourceId, PrintStream log) {
        List<Shard> shards = shards(streams, streamArn);
        if (saved.isPresent() && saved.get().streamArn().equals(streamArn)) {
            StreamPosition position = saved.get();
            if (shards.stream().anyMatch(s -> s.shardId().equals(position.shardId()))) {
                return new ShardCursor(streams, streamArn, position.shardId(), position.sequenceNumber(),
                        ShardIteratorType.TRIM_HORIZON, log);
            }
            log.printf("%s: shard %s of its saved position is gone from the stream: starting at its oldest record%n",
                    sourceId, position.shardId());
            startingPosition = "TRIM_HORIZON";
        }
        if (shards.isEmpty()) {
            throw new IllegalStateException("Stream " + streamArn + " has no shard");
        }
        if ("LATEST".equals(startingPosition)) {
            Shard open = shards.stream().filter(s -> s.sequenceNumberRange().endingSequenceNumber() == null)
                    .reduce((first, second) -> second).orElse(shards.getLast());
            return new ShardCursor(streams, streamArn, open.shardId(), null, ShardIteratorType.LATEST, log);
        }
        Shard oldest = shards.stream()
                .filter(s -> s.parentShardId() == null || shards.stream().noneMatch(p -> p.shardId().equals(s.parentShardId())))
                .findFirst().orElse(shards.getFirst());
        return new ShardCursor(streams, streamArn, oldest.shardId(), null, ShardIteratorType.TRIM_HORIZON, log);
    }

    /** The next page of records; empty when there is nothing new yet. */
    Page next() {
        String readingShard = shardId;
        if (iterator == null && !acquire()) {
            return new Page(readingShard, List.of(), shardClosed);
        }
        readingShard = shardId;
        GetRecordsResponse response;
        try {
            response = streams.getRecords(r -> r.shardIterator(iterator).limit(1000));
        } catch (ExpiredIteratorException e) {
            iterator = null;
            return new Page(readingShard, List.of(), false);
        } catch (TrimmedDataAccessException e) {
            log.printf("Stream %s trimmed records past %s before they were read: going on from the oldest left%n", streamArn, lastRead);
            lastRead = null;
            start = ShardIteratorType.TRIM_HORIZON;
            iterator = null;
            return new Page(readingShard, List.of(), false);
        }
        if (!response.records().isEmpty()) {
            lastRead = response.records().getLast().dynamodb().sequenceNumber();
        }
        iterator = response.nextShardIterator();
        shardClosed = iterator == null; // a closed shard read to its end: its child carries on
        return new Page(readingShard, response.records(), response.records().isEmpty() && !shardClosed);
    }

    private boolean acquire() {
        if (shardClosed) {
            Optional<Shard> child = shards(streams, streamArn).stream()
                    .filter(s -> shardId.equals(s.parentShardId())).findFirst();
            if (child.isEmpty()) {
                return false;
            }
            shardId = child.get().shardId();
            lastRead = null;
            start = ShardIteratorType.TRIM_HORIZON;
            shardClosed = false;
        }
        iterator = streams.getShardIterator(r -> {
            r.streamArn(streamArn).shardId(shardId);
            if (lastRead != null) {
                r.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(lastRead);
            } else {
                r.shardIteratorType(start);
            }
        }).shardIterator();
        return iterator != null;
    }

    private static List<Shard> shards(DynamoDbStreamsClient streams, String streamArn) {
        List<Shard> shards = new ArrayList<>();
        String after = null;
        do {
            String from = after;
            DescribeStreamResponse page = streams.describeStream(r -> r.streamArn(streamArn).exclusiveStartShardId(from));
            shards.addAll(page.streamDescription().shards());
            after = page.streamDescription().lastEvaluatedShardId();
        } while (after != null);
        return shards;
    }
}
