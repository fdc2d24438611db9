package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.LocalDynamoDbClient;
import desk.devkit.SamTemplate;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The hour deduction end to end as {@code desk run} runs it: an agent's first reply to a question
 * (through the local HTTP API) writes the ticket and its "Ticket Owed Changed"; the table's stream
 * carries it through the template's filter to HourDeductionFunction, which charges the account's
 * bank 15 minutes, and the relay puts the bank's "Hours Charged" on the local bus.
 */
class OwedChangesReachTheHourDeductionTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path files;

    @Test
    void an_agents_first_reply_to_a_question_charges_the_accounts_bank_through_the_stream() throws Exception {
        try (DeskServer server = DeskServer.start(SamTemplate.locate(), new DatabaseOptions(freePort(), true, null),
                new LocalFiles(files), freePort(), true, 1, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
             DynamoDbClient dynamo = LocalDynamoDbClient.connect(server.runtime().database().endpoint())) {
            String admin = token(server, "admin", null, "admin-ana");
            String startDate = LocalDate.now(ZoneOffset.UTC).minusMonths(1).toString();
            HttpResponse<String> contract = send(request(server, "PUT", "/accounts/demo-premium/contract", admin, null,
                    "{\"yearlyAllowanceHours\":10,\"startDate\":\"" + startDate + "\"}"));
            assertThat(contract.statusCode()).as(contract.body()).isBetween(200, 201);
            String customer = token(server, "customer", "demo-premium", "customer-ana");
            HttpResponse<String> opened = send(request(server, "POST", "/tickets", customer, "open-bank",
                    "{\"kind\":\"QUESTION\",\"subject\":\"Prices\",\"description\":\"Which setting rounds prices?\"}"));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            String ticketId = (String) json(opened.body()).get("id");

            HttpResponse<String> reply = send(request(server, "POST", "/tickets/" + ticketId + "/messages",
                    token(server, "agent", null, "agent-nuria"), "reply-bank", "{\"body\":\"Settings > Prices > Rounding.\"}"));

            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
            Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("BANK#account:demo-premium#1"),
                    "sk", AttributeValue.fromS("BANK"));
            assertThat(Eventually.within(Duration.ofSeconds(30),
                    () -> dynamo.getItem(r -> r.tableName("DeskTable").key(key)).hasItem())).as("the bank charged in time").isTrue();
            Map<String, AttributeValue> bank = dynamo.getItem(r -> r.tableName("DeskTable").key(key)).item();
            assertThat(bank.get("usedMinutes").n()).isEqualTo("15");
            Map<String, AttributeValue> entry = dynamo.getItem(r -> r.tableName("DeskTable").key(Map.of(
                    "pk", AttributeValue.fromS("BANK#account:demo-premium#1"), "sk", AttributeValue.fromS("ENTRY#0000000001")))).item();
            assertThat(entry.get("ticketId").s()).isEqualTo(ticketId);
            assertThat(entry.get("reason").s()).isEqualTo("FIRST_RESPONSE");
            assertThat(Eventually.within(Duration.ofSeconds(30), () -> events().contains("\"Hours Charged\"")))
                    .as("the bank's announcement relayed to the local bus").isTrue();
        }
        assertThat(new LocalFiles(files).streamFailures()).doesNotExist();
    }

    private String events() {
        try {
            Path events = new LocalFiles(files).events();
            return Files.exists(events) ? Files.readString(events) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static HttpRequest request(DeskServer server, String method, String path, String token, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.build();
    }

    private static String token(DeskServer server, String role, String account, String subject) {
        return server.runtime().tokens().issue(new TokenRequest(role, account, null, subject, Duration.ofMinutes(5)));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(String body) throws Exception {
        return ObjectMapper.getDefault().readValue(body, Argument.mapOf(String.class, Object.class));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
