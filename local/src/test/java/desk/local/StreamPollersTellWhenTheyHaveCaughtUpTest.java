package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import desk.devkit.LocalDynamoDbClient;
import desk.devkit.SamTemplate;
import desk.local.fixture.StreamRecorderHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The signal {@code ./desk invoke} waits for before it exits: a poller has caught up with its
 * stream only once every record written before the question was delivered and its position saved,
 * not merely because it had nothing to do a moment before. On DynamoDB Local, with the recording
 * consumer of the streams fixture (new {@code ORDER#} items, batches of 3).
 */
class StreamPollersTellWhenTheyHaveCaughtUpTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;
    private LocalDatabase database;
    private DeskRuntime runtime;
    private StreamPositions positions;
    private LocalStreams streams;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() throws InterruptedException {
        StreamRecorderHandler.reset();
        SamTemplate template = FixtureTemplate.streams(dir);
        database = LocalDatabase.start(0, true, dir.resolve("data"), QUIET);
        database.createTables(template, QUIET);
        dynamo = LocalDynamoDbClient.connect(database.endpoint());
        runtime = new DeskRuntime(template, database, new LocalFiles(dir.resolve(".local")), Clock.systemUTC(), QUIET);
        positions = StreamPositions.inMemory();
        streams = runtime.startStreams(positions);
        assertThat(streams.awaitCaughtUp(Duration.ofSeconds(10))).as("caught up with the empty table").isEmpty();
    }

    @AfterEach
    void stop() {
        StreamRecorderHandler.release();
        streams.close();
        runtime.close(); // and the database
        dynamo.close();
    }

    @Test
    void a_poller_that_had_caught_up_catches_up_again_only_once_the_record_written_since_was_delivered() throws Exception {
        put("ORDER#1");

        List<StreamPoller.Backlog> behind = streams.awaitCaughtUp(Duration.ofSeconds(10));

        assertThat(behind).isEmpty();
        assertThat(StreamRecorderHandler.BATCHES).containsExactly(List.of("ORDER#1"));
        assertThat(positions.load("RecorderFunction.Orders")).hasValueSatisfying(saved ->
                assertThat(saved.sequenceNumber()).isNotNull());
    }

    @Test
    void a_poller_whose_delivery_is_still_under_way_is_behind_and_names_the_record_not_delivered() throws Exception {
        StreamRecorderHandler.hold();
        put("NOTE#1");
        put("ORDER#1");

        List<StreamPoller.Backlog> behind = streams.awaitCaughtUp(Duration.ofSeconds(3));

        assertThat(StreamRecorderHandler.BATCHES).isEmpty();
        assertThat(behind).singleElement().satisfies(backlog -> {
            assertThat(backlog.sourceId()).isEqualTo("RecorderFunction.Orders");
            assertThat(backlog.undelivered()).singleElement().asString().contains("INSERT").contains("sk=ORDER#1");
            assertThat(backlog.describe()).startsWith("RecorderFunction.Orders: 1 record read but not delivered: ");
        });
    }

    @Test
    void once_the_held_delivery_is_taken_the_poller_catches_up() throws Exception {
        StreamRecorderHandler.hold();
        put("ORDER#1");
        assertThat(streams.awaitCaughtUp(Duration.ofSeconds(3))).as("behind while held").hasSize(1);
        StreamRecorderHandler.release();

        List<StreamPoller.Backlog> behind = streams.awaitCaughtUp(Duration.ofSeconds(10));

        assertThat(behind).isEmpty();
        assertThat(StreamRecorderHandler.BATCHES).containsExactly(List.of("ORDER#1"));
    }

    private void put(String sk) {
        dynamo.putItem(r -> r.tableName("OrdersTable").item(Map.of(
                "pk", AttributeValue.fromS("CUSTOMER#1"), "sk", AttributeValue.fromS(sk))));
    }
}
