package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.LocalDynamoDbClient;
import desk.devkit.SamTemplate;
import desk.local.fixture.StreamRecorderHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The local poller on DynamoDB Local, against a recording consumer whose template asks for
 * batches of 3, a filter on new {@code ORDER#} items, batch item failures, bisection, 2 retries
 * and an on-failure destination.
 */
class StreamPollersDeliverLikeLambdaTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;
    private SamTemplate template;
    private LocalFiles files;
    private LocalDatabase database;
    private DeskRuntime runtime;
    private LocalStreams streams;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        StreamRecorderHandler.reset();
        template = FixtureTemplate.streams(dir);
        files = new LocalFiles(dir.resolve(".local"));
        startDatabase(true);
    }

    @AfterEach
    void stop() {
        stopAll();
    }

    @Test
    void only_new_order_items_arrive_in_stream_order_in_batches_of_three() throws Exception {
        put("ORDER#1", Map.of());
        put("NOTE#1", Map.of());
        put("ORDER#2", Map.of());
        update("ORDER#1");
        put("ORDER#3", Map.of());
        delete("ORDER#2");
        for (int i = 4; i <= 7; i++) {
            put("ORDER#" + i, Map.of());
        }

        startStreams(StreamPositions.inMemory());

        awaitDeliveries(7);
        assertThat(StreamRecorderHandler.BATCHES).containsExactly(
                List.of("ORDER#1", "ORDER#2", "ORDER#3"), List.of("ORDER#4", "ORDER#5", "ORDER#6"), List.of("ORDER#7"));
    }

    @Test
    void a_batch_item_failure_is_delivered_again_from_that_record() throws Exception {
        put("ORDER#1", Map.of());
        put("ORDER#2", failing("report", 1));
        put("ORDER#3", Map.of());

        startStreams(StreamPositions.inMemory());

        awaitDeliveries(5);
        assertThat(StreamRecorderHandler.BATCHES).containsExactly(
                List.of("ORDER#1", "ORDER#2", "ORDER#3"), List.of("ORDER#2", "ORDER#3"));
    }

    @Test
    void a_function_error_halves_the_batch_and_each_half_is_delivered_again() throws Exception {
        put("ORDER#1", Map.of());
        put("ORDER#2", failing("throw", 1));
        put("ORDER#3", Map.of());

        startStreams(StreamPositions.inMemory());

        awaitDeliveries(6);
        assertThat(StreamRecorderHandler.BATCHES).containsExactly(
                List.of("ORDER#1", "ORDER#2", "ORDER#3"), List.of("ORDER#1"), List.of("ORDER#2", "ORDER#3"));
    }

    @Test
    void past_its_retries_the_rest_of_a_batch_goes_to_the_failure_file_and_the_stream_moves_on() throws Exception {
        put("ORDER#1", Map.of());
        put("ORDER#2", failing("report", 99));
        put("ORDER#3", Map.of());
        put("ORDER#4", Map.of());

        startStreams(StreamPositions.inMemory());

        awaitDeliveries(8);
        assertThat(StreamRecorderHandler.BATCHES).containsExactly(
                List.of("ORDER#1", "ORDER#2", "ORDER#3"), List.of("ORDER#2", "ORDER#3"), List.of("ORDER#2", "ORDER#3"),
                List.of("ORDER#4"));
        List<String> failures = Files.readAllLines(files.streamFailures());
        assertThat(failures).hasSize(1);
        JsonNode failure = new ObjectMapper().readTree(failures.getFirst());
        assertThat(failure.at("/requestContext/condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(failure.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(failure.at("/DDBStreamBatchInfo/batchSize").asInt()).isEqualTo(2);
        assertThat(failure.at("/DDBStreamBatchInfo/startSequenceNumber").asText())
                .isLessThan(failure.at("/DDBStreamBatchInfo/endSequenceNumber").asText());
        assertThat(failure.path("destination").asText()).isEqualTo("OrderFailures");
        assertThat(failure.path("eventSource").asText()).isEqualTo("RecorderFunction.Orders");
    }

    @Test
    void after_a_restart_on_kept_data_the_poller_goes_on_after_the_last_record_it_delivered() throws Exception {
        stopAll();
        startDatabase(false);
        StreamPositions positions = StreamPositions.in(dir.resolve("data/stream-positions"));
        put("ORDER#1", Map.of());
        put("ORDER#2", Map.of());
        startStreams(positions);
        awaitDeliveries(2);

        stopAll();
        startDatabase(false);
        put("ORDER#3", Map.of());
        startStreams(positions);

        awaitDeliveries(3);
        Thread.sleep(500); // room for a wrong re-delivery to show up
        assertThat(StreamRecorderHandler.BATCHES).containsExactly(List.of("ORDER#1", "ORDER#2"), List.of("ORDER#3"));
    }

    private void startDatabase(boolean inMemory) {
        database = LocalDatabase.start(0, inMemory, dir.resolve("data"), QUIET);
        database.createTables(template, QUIET);
        dynamo = LocalDynamoDbClient.connect(database.endpoint());
    }

    private void startStreams(StreamPositions positions) {
        runtime = new DeskRuntime(template, database, files, Clock.systemUTC(), QUIET);
        streams = runtime.startStreams(positions);
    }

    private void stopAll() {
        if (streams != null) {
            streams.close();
            streams = null;
        }
        if (runtime != null) {
            runtime.close(); // closes the database too
            runtime = null;
        } else if (database != null) {
            database.close();
        }
        database = null;
        if (dynamo != null) {
            dynamo.close();
            dynamo = null;
        }
    }

    private static void awaitDeliveries(int records) throws InterruptedException {
        Eventually.within(Duration.ofSeconds(20), () -> delivered() >= records);
        assertThat(delivered()).as("records delivered so far: %s", StreamRecorderHandler.BATCHES).isEqualTo(records);
    }

    private static int delivered() {
        return StreamRecorderHandler.BATCHES.stream().mapToInt(List::size).sum();
    }

    private static Map<String, AttributeValue> failing(String how, int times) {
        return Map.of("fail", AttributeValue.fromS(how), "times", AttributeValue.fromN(Integer.toString(times)));
    }

    private void put(String sk, Map<String, AttributeValue> extra) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(extra);
        item.put("pk", AttributeValue.fromS("CUSTOMER#1"));
        item.put("sk", AttributeValue.fromS(sk));
        dynamo.putItem(r -> r.tableName("OrdersTable").item(item));
    }

    private void update(String sk) {
        dynamo.updateItem(r -> r.tableName("OrdersTable")
                .key(Map.of("pk", AttributeValue.fromS("CUSTOMER#1"), "sk", AttributeValue.fromS(sk)))
                .updateExpression("SET note = :n").expressionAttributeValues(Map.of(":n", AttributeValue.fromS("changed"))));
    }

    private void delete(String sk) {
        dynamo.deleteItem(r -> r.tableName("OrdersTable")
                .key(Map.of("pk", AttributeValue.fromS("CUSTOMER#1"), "sk", AttributeValue.fromS(sk))));
    }
}
