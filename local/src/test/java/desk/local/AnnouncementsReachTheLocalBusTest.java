package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.LocalDynamoDbClient;
import desk.devkit.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The outbox end to end as {@code desk run} runs it: announcement items written to DeskTable on
 * DynamoDB Local travel its stream, through the template's filter and the real relay function, to
 * the local EventBridge and its events file: exactly the announcements, in order, once, also
 * across a restart on kept data.
 */
class AnnouncementsReachTheLocalBusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @TempDir
    Path dir;

    @Test
    void only_announcement_inserts_reach_the_bus_in_order_once_and_a_restart_delivers_none_again() throws Exception {
        String ticket = UUID.randomUUID().toString();
        LocalFiles files = new LocalFiles(dir.resolve(".local"));
        DatabaseOptions data = new DatabaseOptions(freePort(), false, dir.resolve("dynamodb"));

        try (DeskServer server = DeskServer.start(TEMPLATE, data, files, 0, false, 1, Clock.systemUTC(), QUIET);
             DynamoDbClient dynamo = LocalDynamoDbClient.connect(server.runtime().database().endpoint())) {
            dynamo.putItem(r -> r.tableName("DeskTable").item(announcement(ticket, 1)));
            // One transaction: two announcements, the ticket item they announce, and the first
            // announcement's deletion (a REMOVE, as its TTL expiry would give).
            dynamo.transactWriteItems(r -> r.transactItems(
                    put(announcement(ticket, 2)),
                    put(Map.of("pk", s("TICKET#" + ticket), "sk", s("TICKET"), "status", s("OPEN"))),
                    put(announcement(ticket, 3)),
                    TransactWriteItem.builder().delete(d -> d.tableName("DeskTable")
                            .key(Map.of("pk", s("TICKET#" + ticket), "sk", s("EVENT#0000000001")))).build()));

            assertThat(Eventually.within(Duration.ofSeconds(30), () -> events(files).size() >= 3)).as("3 events in time").isTrue();
            Thread.sleep(1500); // a batching window and more: room for a wrong extra event
        }
        assertThat(eventIds(files)).containsExactly(ticket + "/1", ticket + "/2", ticket + "/3");
        JsonNode first = events(files).getFirst();
        assertThat(first.path("source").asText()).isEqualTo("desk.tickets");
        assertThat(first.path("detail-type").asText()).isEqualTo("Ticket Received");
        assertThat(first.path("time").asText()).isEqualTo("2026-11-27T16:31:00Z");
        assertThat(first.at("/detail/sequence").isNumber()).isTrue();

        try (DeskServer restarted = DeskServer.start(TEMPLATE, data, files, 0, false, 1, Clock.systemUTC(), QUIET);
             DynamoDbClient dynamo = LocalDynamoDbClient.connect(restarted.runtime().database().endpoint())) {
            dynamo.putItem(r -> r.tableName("DeskTable").item(announcement(ticket, 4)));

            assertThat(Eventually.within(Duration.ofSeconds(30), () -> events(files).size() >= 4)).as("4 events in time").isTrue();
            Thread.sleep(1500);
        }
        assertThat(eventIds(files)).containsExactly(ticket + "/1", ticket + "/2", ticket + "/3", ticket + "/4");
        assertThat(files.streamFailures()).doesNotExist();
    }

    /** An announcement item in the outbox's format. */
    private static Map<String, AttributeValue> announcement(String ticket, int sequence) {
        String eventId = ticket + "/" + sequence;
        String occurredAt = "2026-11-27T16:3" + sequence + ":00Z";
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", s("TICKET#" + ticket));
        item.put("sk", s("EVENT#%010d".formatted(sequence)));
        item.put("entity", s("ANNOUNCEMENT"));
        item.put("eventId", s(eventId));
        item.put("source", s("desk.tickets"));
        item.put("detailType", s(sequence == 1 ? "Ticket Received" : "First Response Recorded"));
        item.put("ticketId", s(ticket));
        item.put("sequence", AttributeValue.fromN(Integer.toString(sequence)));
        item.put("occurredAt", s(occurredAt));
        item.put("audience", s("EVERYONE"));
        item.put("detail", AttributeValue.fromM(Map.of(
                "eventId", s(eventId), "ticketId", s(ticket),
                "sequence", AttributeValue.fromN(Integer.toString(sequence)), "occurredAt", s(occurredAt))));
        item.put("expiresAt", AttributeValue.fromN("1796401800"));
        return item;
    }

    private static TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(p -> p.tableName("DeskTable").item(item)).build();
    }

    private static List<JsonNode> events(LocalFiles files) {
        if (!Files.exists(files.events())) {
            return List.of();
        }
        try {
            return Files.readAllLines(files.events()).stream().map(line -> {
                try {
                    return JSON.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> eventIds(LocalFiles files) {
        return events(files).stream().map(e -> e.at("/detail/eventId").asText()).toList();
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
