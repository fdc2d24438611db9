package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.SamTemplate;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy: "when two responses race, the earliest wins", and "First Response Recorded" is
 * announced exactly once. Fifty agents answer one ticket at the same moment through the local
 * HTTP API (concurrent requests in concurrent function instances, as Lambda runs them); the
 * ticket ends with one stamp, the earliest reply, and one "First Response Recorded" (an earlier
 * reply stored after a later one is announced as a correction, and the last of these names the
 * stamp), and every reply is kept.
 */
class RacingRespondersThroughTheLocalApiTest {
    private static final int RESPONDERS = 50;
    private static final java.util.concurrent.atomic.AtomicInteger retried = new java.util.concurrent.atomic.AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static DeskServer server;

    /** The local bus's files go here, not into the checkout's .local/. */
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
    void fifty_racing_replies_give_one_stamp_the_earliest_and_one_announcement() throws Exception {
        String customer = token("customer", "demo-enterprise", "customer-race");
        HttpResponse<String> opened = send(post("/tickets", customer, "open-race",
                "{\"kind\":\"INCIDENT\",\"severity\":\"CRITICAL\",\"subject\":\"PIM down\",\"description\":\"Nobody can log in\","
                        + "\"steps\":\"Open the login page\",\"expectedResult\":\"The dashboard\"}"));
        String ticketId = (String) json(opened.body()).get("id");
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> replies = new ArrayList<>();
        long started;
        try (ExecutorService agents = Executors.newFixedThreadPool(RESPONDERS)) {
            for (int i = 0; i < RESPONDERS; i++) {
                String agent = token("agent", null, "agent-" + i);
                HttpRequest reply = post("/tickets/" + ticketId + "/messages", agent, "reply-" + i,
                        "{\"body\":\"Looking into it (agent " + i + ")\"}");
                replies.add(agents.submit(() -> {
                    go.await();
                    return sendRetryingWhileBusy(reply);
                }));
            }
            started = System.nanoTime();
            go.countDown();
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        List<Map<String, Object>> messages = new ArrayList<>();
        for (Future<HttpResponse<String>> reply : replies) {
            HttpResponse<String> response = reply.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            messages.add(map(json(response.body()).get("message")));
        }
        Map<String, Object> earliest = messages.stream()
                .min(Comparator.<Map<String, Object>, OffsetDateTime>comparing(m -> OffsetDateTime.parse((String) m.get("postedAt")))
                        .thenComparing(m -> (String) m.get("id")))
                .orElseThrow();
        Map<String, Object> ticket = json(send(get("/tickets/" + ticketId, customer)).body());
        List<Map<String, Object>> history = maps(json(send(get("/tickets/" + ticketId + "/history", customer)).body()).get("events"));
        List<Map<String, Object>> stored = maps(json(send(get("/tickets/" + ticketId + "/messages", customer)).body()).get("messages"));

        assertThat(map(ticket.get("firstResponse"))).containsEntry("state", "MET")
                .containsEntry("respondedAt", earliest.get("postedAt"));
        assertThat(history).filteredOn(event -> "First Response Recorded".equals(event.get("detailType"))).hasSize(1);
        List<Map<String, Object>> stamps = history.stream()
                .filter(event -> ((String) event.get("detailType")).startsWith("First Response")).toList();
        assertThat(map(stamps.getLast().get("detail"))).containsEntry("messageId", earliest.get("id"));
        assertThat(stored).hasSize(RESPONDERS);
        assertThat(history).filteredOn(event -> "Support Replied".equals(event.get("detailType"))).hasSize(RESPONDERS);
        System.out.printf("race: %d concurrent replies answered 201 in %d ms (%d answers were 503, sent again with their key);"
                        + " one stamp (%s), one recorded, %d corrections%n",
                RESPONDERS, elapsedMillis, retried.get(), earliest.get("postedAt"), stamps.size() - 1);
    }

    private static HttpRequest post(String path, String token, String key, String body) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static String token(String role, String account, String subject) {
        return server.runtime().tokens().issue(new TokenRequest(role, account, null, subject, Duration.ofMinutes(5)));
    }

    /**
     * As the API tells a client: a 503 (every reply writes the ticket's announcement counter, and fifty writers of one
     * ticket can outlast the use case's own retries) is sent again with the same Idempotency-Key after Retry-After.
     */
    private static HttpResponse<String> sendRetryingWhileBusy(HttpRequest request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 503 || attempt == 20) {
                return response;
            }
            retried.incrementAndGet();
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(Math.min(seconds, 1) * 1000L * attempt / 4 + 50);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(String body) throws Exception {
        return ObjectMapper.getDefault().readValue(body, Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
