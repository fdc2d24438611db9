package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import desk.devkit.LocalDynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LocalHttpServerTest {

    @TempDir
    static Path dir;

    private static DeskServer server;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ByteArrayOutputStream logged = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        server = DeskServer.start(FixtureTemplate.in(dir), new DatabaseOptions(0, true, null), 0, false, 1,
                Clock.systemUTC(), new PrintStream(logged, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
        http.close();
    }

    private static String token(String role) {
        return server.runtime().tokens().issue(new TokenRequest(role, "acc-1", null, "user-1", Duration.ofMinutes(5)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestReachesTheHandlerAsAPayloadTwoEvent() throws Exception {
        long before = System.currentTimeMillis();
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUrl().resolve("/echo/ana?x=1&x=2&y=%C3%B1"))
                .header("Authorization", "Bearer " + token("agent"))
                .header("Content-Type", "application/json")
                .header("X-Repeated", "one")
                .header("X-Repeated", "two")
                .header("Cookie", "a=1; b=2")
                .POST(HttpRequest.BodyPublishers.ofString("{\"hello\":\"world\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        APIGatewayV2HTTPEvent event = server.runtime().json().read(response.body(), APIGatewayV2HTTPEvent.class);
        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("POST /echo/{name}");
        assertThat(event.getRawPath()).isEqualTo("/echo/ana");
        assertThat(event.getRawQueryString()).isEqualTo("x=1&x=2&y=%C3%B1");
        assertThat(event.getQueryStringParameters()).containsExactlyInAnyOrderEntriesOf(Map.of("x", "1,2", "y", "ñ"));
        assertThat(event.getPathParameters()).containsExactly(Map.entry("name", "ana"));
        assertThat(event.getHeaders()).containsEntry("content-type", "application/json")
                .containsEntry("x-repeated", "one,two")
                .doesNotContainKey("cookie")
                .allSatisfy((name, value) -> assertThat(name).isLowerCase());
        assertThat(event.getCookies()).containsExactly("a=1", "b=2");
        assertThat(event.getBody()).isEqualTo("{\"hello\":\"world\"}");
        assertThat(event.getIsBase64Encoded()).isFalse();

        var context = event.getRequestContext();
        assertThat(context.getRouteKey()).isEqualTo("POST /echo/{name}");
        assertThat(context.getStage()).isEqualTo("$default");
        assertThat(context.getApiId()).isEqualTo("local");
        assertThat(context.getRequestId()).isNotBlank();
        assertThat(context.getTimeEpoch()).isBetween(before, System.currentTimeMillis());
        assertThat(context.getTime()).matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000");
        assertThat(context.getHttp().getMethod()).isEqualTo("POST");
        assertThat(context.getHttp().getPath()).isEqualTo("/echo/ana");
        assertThat(context.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getHttp().getUserAgent()).isNotBlank();
        assertThat(context.getAuthorizer().getJwt().getClaims())
                .containsEntry("role", "agent")
                .containsEntry("sub", "user-1")
                .containsEntry("account_id", "acc-1")
                .containsEntry("iss", TokenIssuer.ISSUER)
                .doesNotContainKey("partner_id");
    }

    @Test
    void theHandlersResponseIsWrittenBackWithHeadersAndCookies() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUrl().resolve("/echo/stored"))
                .header("Authorization", "Bearer " + token("agent"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("kept")));

        assertThat(response.headers().firstValue("x-stored")).hasValue("yes");
        assertThat(response.headers().allValues("x-multi")).containsExactly("a", "b");
        assertThat(response.headers().allValues("set-cookie")).containsExactly("session=abc; Path=/");
        // The handler wrote through the table and endpoint the properties named.
        try (var dynamo = LocalDynamoDbClient.connect(server.runtime().database().endpoint())) {
            assertThat(dynamo.getItem(r -> r.tableName("EchoTable").key(Map.of("pk", AttributeValue.fromS("/echo/stored"))))
                    .item().get("body").s()).isEqualTo("kept");
        }
    }

    @Test
    void aBinaryBodyArrivesBase64Encoded() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUrl().resolve("/echo/bin"))
                .header("Authorization", "Bearer " + token("agent"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 1, 2})));

        APIGatewayV2HTTPEvent event = server.runtime().json().read(response.body(), APIGatewayV2HTTPEvent.class);
        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(event.getBody()).isEqualTo("AAEC");
    }

    @Test
    void aLiteralRouteAndNestedPathParametersAreRoutedAsDeclared() throws Exception {
        HttpResponse<String> fixed = send(HttpRequest.newBuilder(server.baseUrl().resolve("/echo/fixed"))
                .header("Authorization", "Bearer " + token("agent"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> notes = send(HttpRequest.newBuilder(server.baseUrl().resolve("/items/i-1/notes/n-2"))
                .header("Authorization", "Bearer " + token("agent")));

        assertThat(server.runtime().json().read(fixed.body(), APIGatewayV2HTTPEvent.class).getRouteKey()).isEqualTo("POST /echo/fixed");
        APIGatewayV2HTTPEvent event = server.runtime().json().read(notes.body(), APIGatewayV2HTTPEvent.class);
        assertThat(event.getRouteKey()).isEqualTo("GET /items/{id}/notes/{noteId}");
        assertThat(event.getPathParameters()).containsExactlyInAnyOrderEntriesOf(Map.of("id", "i-1", "noteId", "n-2"));
    }

    @Test
    void withoutATokenTheAnswerIs401AndTheHandlerIsNotCalled() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUrl().resolve("/echo/nobody"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        try (var dynamo = LocalDynamoDbClient.connect(server.runtime().database().endpoint())) {
            assertThat(dynamo.getItem(r -> r.tableName("EchoTable").key(Map.of("pk", AttributeValue.fromS("/echo/nobody"))))
                    .hasItem()).isFalse();
        }
    }

    @Test
    void aBadOrExpiredTokenIsAnswered401(@TempDir Path otherKey) throws Exception {
        String foreign = new TokenIssuer(LocalSigningKey.loadOrCreate(otherKey), Clock.systemUTC())
                .issue(new TokenRequest("admin", null, null, null, Duration.ofMinutes(5)));
        String expired = new TokenIssuer(LocalSigningKey.loadOrCreate(DeskRuntime.jwtDirectory(server.runtime().template())),
                Clock.offset(Clock.systemUTC(), Duration.ofHours(-3)))
                .issue(new TokenRequest("admin", null, null, null, Duration.ofMinutes(5)));

        for (String token : new String[] {foreign, expired, "garbage"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUrl().resolve("/echo/bad"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("x")));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        }
    }

    @Test
    void aRouteWithAuthorizationScopesAnswers403ToAValidTokenWithoutOneAndNeverCallsTheHandler() throws Exception {
        HttpResponse<String> agent = send(HttpRequest.newBuilder(server.baseUrl().resolve("/admin/by-agent"))
                .header("Authorization", "Bearer " + token("agent"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        HttpResponse<String> admin = send(HttpRequest.newBuilder(server.baseUrl().resolve("/admin/by-admin"))
                .header("Authorization", "Bearer " + token("admin"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(agent.body()).isEqualTo("{\"message\":\"Forbidden\"}");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(server.runtime().json().read(admin.body(), APIGatewayV2HTTPEvent.class).getRequestContext()
                .getAuthorizer().getJwt().getScopes()).containsExactly("desk/admin");
        try (var dynamo = LocalDynamoDbClient.connect(server.runtime().database().endpoint())) {
            assertThat(dynamo.getItem(r -> r.tableName("EchoTable").key(Map.of("pk", AttributeValue.fromS("/admin/by-agent"))))
                    .hasItem()).isFalse();
        }
    }

    @Test
    void aRouteThatOptsOutOfTheAuthorizerNeedsNoToken() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUrl().resolve("/public")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.runtime().json().read(response.body(), APIGatewayV2HTTPEvent.class)
                .getRequestContext().getAuthorizer()).isNull();
    }

    @Test
    void anUnknownRouteIsAnswered404AsApiGatewayDoes() throws Exception {
        HttpResponse<String> unknownPath = send(HttpRequest.newBuilder(server.baseUrl().resolve("/nowhere"))
                .header("Authorization", "Bearer " + token("admin")));
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(server.baseUrl().resolve("/echo/ana"))
                .DELETE());

        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.body()).isEqualTo("{\"message\":\"Not Found\"}");
        assertThat(wrongMethod.statusCode()).isEqualTo(404);
    }

    @Test
    void theApiContractIsServedAsItIsOnDiskWithoutAToken() throws Exception {
        Path document = dir.resolve("docs/openapi.yaml");
        Files.createDirectories(document.getParent());
        Files.writeString(document, "openapi: 3.1.0\ninfo: {title: fixture, version: '1'}\npaths: {}\n");

        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUrl().resolve("/openapi.yaml")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/yaml; charset=utf-8");
        assertThat(response.body()).isEqualTo(Files.readString(document));

        HttpResponse<String> page = send(HttpRequest.newBuilder(server.baseUrl().resolve("/openapi.html")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<title>fixture 1</title>", "<a href=\"/openapi.yaml\">");
    }

    @Test
    void theApiContractIsNoRouteOfTheGateway() throws Exception {
        HttpResponse<String> posted = send(HttpRequest.newBuilder(server.baseUrl().resolve("/openapi.yaml"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(server.baseUrl().resolve("/openapi.yaml/x")));

        assertThat(server.runtime().gateway().routes().routes()).noneMatch(route -> route.path().contains("openapi"));
        assertThat(posted.statusCode()).isEqualTo(404);
        assertThat(posted.body()).isEqualTo("{\"message\":\"Not Found\"}");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }
}
