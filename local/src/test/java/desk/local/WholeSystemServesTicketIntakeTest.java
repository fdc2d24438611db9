package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import desk.calendar.BusinessCalendar;
import desk.calendar.JollydayHolidays;
import desk.calendar.WeeklyHours;
import desk.devkit.SamTemplate;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command end to end, in process: the real template, the real handlers, the
 * seeded demo data, DynamoDB Local and the local JWT authorizer, reached over HTTP.
 */
class WholeSystemServesTicketIntakeTest {
    private static final BusinessCalendar MADRID = new BusinessCalendar("es-madrid", "2026-1", ZoneId.of("Europe/Madrid"),
            WeeklyHours.parse("MON-FRI 08:00-18:00"), JollydayHolidays.of("ES", Optional.empty()), List.of());
    private static DeskServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path files;

    @BeforeAll
    static void start() throws Exception {
        server = DeskServer.start(SamTemplate.locate(), new DatabaseOptions(freePort(), true, null), new LocalFiles(files),
                freePort(), true, 1, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_customer_posts_a_ticket_and_reads_back_its_due_time_in_business_hours() throws Exception {
        String token = token("customer", "demo-premium", null);

        HttpResponse<String> created = send(HttpRequest.newBuilder(server.baseUrl().resolve("/tickets"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"kind\":\"QUESTION\",\"subject\":\"Net prices\",\"description\":\"Which setting exports net prices?\"}")));
        Map<String, Object> ticket = json(created.body());
        HttpResponse<String> read = send(HttpRequest.newBuilder(server.baseUrl().resolve(created.headers().firstValue("Location").orElseThrow()))
                .header("Authorization", "Bearer " + token).GET());

        assertThat(created.statusCode()).isEqualTo(201);
        Instant receivedAt = OffsetDateTime.parse((String) ticket.get("receivedAt")).toInstant();
        @SuppressWarnings("unchecked")
        Map<String, Object> firstResponse = (Map<String, Object>) ticket.get("firstResponse");
        // Premium: 12 business hours from the receipt the local API Gateway stamped.
        assertThat(OffsetDateTime.parse((String) firstResponse.get("dueAt")).toInstant())
                .isEqualTo(MADRID.addBusinessTime(receivedAt, Duration.ofHours(12)));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read.body())).isEqualTo(ticket);
    }

    @Test
    void a_partner_opening_for_its_indirect_client_gets_the_clients_target_and_the_answer_goes_to_the_partner() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(server.baseUrl().resolve("/tickets"))
                .header("Authorization", "Bearer " + token("partner", null, "demo-solution-partner"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"accountId\":\"demo-indirect\",\"kind\":\"QUESTION\","
                        + "\"category\":\"INTEGRATION\",\"subject\":\"Connector\",\"description\":\"Does the export map variants?\"}")));

        Map<String, Object> ticket = json(created.body());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(ticket).containsEntry("integrationSupport", "FULL")
                .containsEntry("respondTo", Map.of("recipient", "SOLUTION_PARTNER", "partnerId", "demo-solution-partner"));
        assertThat(((Map<?, ?>) ticket.get("firstResponse")).get("businessTime")).isEqualTo("PT12H");
    }

    @Test
    void without_a_token_the_gateway_answers_401_and_no_handler_runs() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUrl().resolve("/tickets"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response.body())).isEqualTo(Map.of("message", "Unauthorized"));
    }

    private static String token(String role, String account, String partner) {
        return server.runtime().tokens().issue(new TokenRequest(role, account, partner, "test-" + role, Duration.ofMinutes(5)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(String body) throws Exception {
        return ObjectMapper.getDefault().readValue(body, Argument.mapOf(String.class, Object.class));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
