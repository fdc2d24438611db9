package desk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * DynamoDB may take only part of a {@code BatchWriteItem} and return the rest as unprocessed: the
 * benchmark's seeding sends those again, and gives up loudly rather than seed fewer tickets than
 * it reports. DynamoDB Local never leaves items unprocessed, so a table that does stands in here.
 */
class BatchWritesSendUnprocessedItemsAgainTest {

    @Test
    void items_left_unprocessed_are_sent_again_until_each_is_written_once() {
        StingyTable table = new StingyTable(10, 5);

        int calls = new BatchWriter(table, "T", 8, Duration.ZERO).writeAll(60, BatchWritesSendUnprocessedItemsAgainTest::item, 3);

        assertThat(table.written).hasSize(60).allSatisfy((id, times) -> assertThat(times.get()).as(id).isEqualTo(1));
        assertThat(calls).as("25 + 25 + 10 items, 10 taken a call, the first 5 calls only").isGreaterThan(3);
        assertThat(table.largestRequest.get()).isLessThanOrEqualTo(BatchWriter.MAX_ITEMS_PER_CALL);
    }

    @Test
    void items_still_unprocessed_after_the_last_attempt_fail_the_write() {
        StingyTable table = new StingyTable(0, Integer.MAX_VALUE);

        assertThatThrownBy(() -> new BatchWriter(table, "T", 3, Duration.ZERO).writeAll(4, BatchWritesSendUnprocessedItemsAgainTest::item, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("4 of 4 items still unprocessed after 3 BatchWriteItem calls");
        assertThat(table.calls.get()).isEqualTo(3);
    }

    private static Map<String, AttributeValue> item(int i) {
        return Map.of("pk", AttributeValue.fromS("ITEM#" + i), "sk", AttributeValue.fromS("ITEM"));
    }

    /** Takes at most {@code perCall} items of each of its first {@code stingyCalls} calls, then everything. */
    private static final class StingyTable implements DynamoDbClient {
        final Map<String, AtomicInteger> written = new ConcurrentHashMap<>();
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger largestRequest = new AtomicInteger();
        private final int perCall;
        private final int stingyCalls;

        StingyTable(int perCall, int stingyCalls) {
            this.perCall = perCall;
            this.stingyCalls = stingyCalls;
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            boolean stingy = calls.incrementAndGet() <= stingyCalls;
            List<WriteRequest> requests = request.requestItems().get("T");
            largestRequest.accumulateAndGet(requests.size(), Math::max);
            int taken = stingy ? Math.min(perCall, requests.size()) : requests.size();
            requests.subList(0, taken).forEach(write -> written
                    .computeIfAbsent(write.putRequest().item().get("pk").s(), id -> new AtomicInteger()).incrementAndGet());
            List<WriteRequest> left = new ArrayList<>(requests.subList(taken, requests.size()));
            return BatchWriteItemResponse.builder().unprocessedItems(left.isEmpty() ? Map.of() : Map.of("T", left)).build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }
}
