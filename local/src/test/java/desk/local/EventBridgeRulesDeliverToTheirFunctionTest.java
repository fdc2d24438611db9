package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import desk.devkit.SamTemplate;
import desk.local.fixture.RuleRecorderHandler;

/**
 * A template's {@code EventBridgeRule} on the local EventBridge: an event put on the rule's bus
 * that its pattern matches (source, detail type, {@code anything-but} on the detail) reaches the
 * rule's function once, as the envelope EventBridge sends; events the pattern does not match, or
 * put on another bus, reach no function.
 */
class EventBridgeRulesDeliverToTheirFunctionTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static DeskRuntime runtime;

    @BeforeAll
    static void start() {
        SamTemplate template = FixtureTemplate.in(dir, "mail-fixture-template.yaml");
        runtime = new DeskRuntime(template, LocalDatabase.start(0, true, null, QUIET), new LocalFiles(dir.resolve(".local")),
                Clock.systemUTC(), QUIET);
        RuleRecorderHandler.EVENTS.clear();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void only_the_event_the_rule_matches_on_its_bus_reaches_its_function_as_eventbridge_sends_it() throws Exception {
        put(entry("desk-test-events", "desk.tickets", "Message Added", Map.of("ticketId", "t-public", "visibility", "PUBLIC")),
                entry("desk-test-events", "desk.tickets", "Message Added", Map.of("ticketId", "t-internal", "visibility", "INTERNAL")),
                entry("desk-test-events", "desk.tickets", "Ticket Received", Map.of("ticketId", "t-received", "visibility", "PUBLIC")),
                entry("desk-test-events", "desk.banks", "Message Added", Map.of("ticketId", "t-bank", "visibility", "PUBLIC")),
                entry(null, "desk.tickets", "Message Added", Map.of("ticketId", "t-default-bus", "visibility", "PUBLIC")));

        assertThat(Eventually.within(Duration.ofSeconds(30), () -> !RuleRecorderHandler.EVENTS.isEmpty())).isTrue();
        Thread.sleep(1000); // room for a wrong delivery to show up
        assertThat(RuleRecorderHandler.EVENTS).hasSize(1);
        Map<String, Object> envelope = RuleRecorderHandler.EVENTS.getFirst();
        assertThat(envelope).containsOnlyKeys("version", "id", "detail-type", "source", "account", "time", "region",
                "resources", "detail");
        assertThat(envelope).containsEntry("version", "0").containsEntry("source", "desk.tickets")
                .containsEntry("detail-type", "Message Added").containsEntry("account", "123456789012")
                .containsEntry("region", "eu-south-2").containsEntry("resources", List.of());
        assertThat(envelope.get("detail")).isEqualTo(Map.of("ticketId", "t-public", "visibility", "PUBLIC"));
    }

    private static ObjectNode entry(String bus, String source, String detailType, Map<String, String> detail) throws Exception {
        ObjectNode entry = JSON.createObjectNode().put("Source", source).put("DetailType", detailType)
                .put("Detail", JSON.writeValueAsString(detail));
        if (bus != null) {
            entry.put("EventBusName", bus);
        }
        return entry;
    }

    /** {@code PutEvents} as the SDK sends it. */
    private static void put(ObjectNode... entries) throws Exception {
        ObjectNode request = JSON.createObjectNode();
        ArrayNode list = request.putArray("Entries");
        for (ObjectNode entry : entries) {
            list.add(entry);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(runtime.eventBus().endpoint() + "/"))
                .header("X-Amz-Target", "AWSEvents.PutEvents").header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("FailedEntryCount").asInt()).isZero();
    }
}
