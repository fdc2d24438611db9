package desk.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Bulk puts for benchmarks: {@code BatchWriteItem} with 25 items a call (its limit), from several
 * threads, sending again what DynamoDB returns as unprocessed (with a growing pause, as AWS
 * advises) until everything is written or the attempts run out. Unconditional: for seeding a
 * fresh table only, never for a production write, which needs its condition.
 */
final class BatchWriter {
    static final int MAX_ITEMS_PER_CALL = 25;

    private final DynamoDbClient client;
    private final String table;
    private final int maxAttempts;
    private final Duration firstPause;

    BatchWriter(DynamoDbClient client, String table) {
        this(client, table, 8, Duration.ofMillis(20));
    }

    BatchWriter(DynamoDbClient client, String table, int maxAttempts, Duration firstPause) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt, not " + maxAttempts);
        }
        this.client = client;
        this.table = table;
        this.maxAttempts = maxAttempts;
        this.firstPause = firstPause;
    }

    /**
     * Writes {@code item.apply(0)} to {@code item.apply(count - 1)}, 25 a call, on {@code threads}
     * threads; each item is built by the thread that writes it, so no more than a few batches are
     * in memory at once.
     *
     * @return the number of {@code BatchWriteItem} calls made
     */
    int writeAll(int count, IntFunction<Map<String, AttributeValue>> item, int threads) {
        if (count <= 0) {
            return 0;
        }
        List<Future<Integer>> batches = new ArrayList<>();
        try (ExecutorService writers = Executors.newFixedThreadPool(Math.max(1, threads))) {
            for (int start = 0; start < count; start += MAX_ITEMS_PER_CALL) {
                int from = start;
                int to = Math.min(count, start + MAX_ITEMS_PER_CALL);
                batches.add(writers.submit(() -> {
                    List<Map<String, AttributeValue>> batch = new ArrayList<>(to - from);
                    for (int i = from; i < to; i++) {
                        batch.add(item.apply(i));
                    }
                    return write(batch);
                }));
            }
            int calls = 0;
            for (Future<Integer> batch : batches) {
                calls += awaitBatch(batch, batches);
            }
            return calls;
        }
    }

    /**
     * Puts up to 25 items, sending unprocessed ones again.
     *
     * @return the number of {@code BatchWriteItem} calls it took
     * @throws IllegalStateException when items are still unprocessed after the last attempt
     */
    int write(List<Map<String, AttributeValue>> items) {
        if (items.size() > MAX_ITEMS_PER_CALL) {
            throw new IllegalArgumentException("BatchWriteItem takes at most " + MAX_ITEMS_PER_CALL + " items, not " + items.size());
        }
        Map<String, List<WriteRequest>> pending = Map.of(table, items.stream()
                .map(attributes -> WriteRequest.builder().putRequest(PutRequest.builder().item(attributes).build()).build())
                .toList());
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = client.batchWriteItem(batch -> batch.requestItems(request));
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
            int left = pending.values().stream().mapToInt(List::size).sum();
            if (left == 0) {
                return attempt;
            }
            if (attempt == maxAttempts) {
                throw new IllegalStateException(left + " of " + items.size() + " items still unprocessed after "
                        + maxAttempts + " BatchWriteItem calls");
            }
            pause(firstPause.multipliedBy(1L << Math.min(attempt - 1, 10)));
        }
    }

    private static int awaitBatch(Future<Integer> batch, List<Future<Integer>> all) {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            all.forEach(other -> other.cancel(true));
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            all.forEach(other -> other.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing", e);
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to send unprocessed items again", e);
        }
    }
}
