package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The local runtime answers the web form's files and the local sign-in itself, beside the
 * template's routes: no token for the pages, a token the local authorizer accepts for a demo user.
 */
class WebFormIsServedBesideTheApiTest {

    @TempDir
    static Path dir;

    private static DeskServer server;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = DeskServer.start(FixtureTemplate.in(dir), new DatabaseOptions(0, true, null), 0, false, 1,
                Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        server.close();
        http.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path));
    }

    private static HttpRequest.Builder postToken(String body) {
        return get("/local/token").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void the_form_is_the_root_page_with_its_own_script_and_style_and_no_third_party_ones() throws Exception {
        HttpResponse<String> page = send(get("/"));
        HttpResponse<String> script = send(get("/webform/form.js"));
        HttpResponse<String> style = send(get("/webform/desk.css"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("content-security-policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'"));
        assertThat(page.body()).contains("<form id=\"ticket-form\"", "src=\"/webform/form.js\"").doesNotContain("http://", "https://");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("content-type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("Idempotency-Key");
        assertThat(style.headers().firstValue("content-type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void only_the_forms_own_files_are_served() throws Exception {
        for (String path : List.of("/webform/../seed/accounts/demo-enterprise.json", "/webform/%2e%2e/x.js",
                "/webform/nothing.js", "/webform/Form.JS", "/local/nothing")) {
            assertThat(send(get(path)).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void the_sign_in_page_lists_the_seed_accounts_customers_and_the_partners_users_with_their_client_accounts() throws Exception {
        HttpResponse<String> page = send(get("/local/sign-in"));
        JsonNode users = JSON.readTree(send(get("/local/users")).body()).path("users");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/webform/sign-in.js");
        assertThat(users.findValuesAsText("id")).contains("customer:demo-enterprise", "customer:demo-indirect",
                "partner:demo-solution-partner", "partner:demo-technology-partner");
        JsonNode partner = find(users, "partner:demo-solution-partner");
        assertThat(partner.path("role").asText()).isEqualTo("partner");
        assertThat(partner.path("partnerKind").asText()).isEqualTo("SOLUTION");
        assertThat(partner.path("accounts").findValuesAsText("id")).contains("demo-indirect");
        JsonNode enterprise = find(users, "customer:demo-enterprise").path("accounts").get(0);
        assertThat(enterprise.path("plan").asText()).isEqualTo("ENTERPRISE");
        assertThat(enterprise.path("contract").asText()).isEqualTo("DIRECT");
    }

    @Test
    void a_demo_users_local_token_passes_the_local_authorizer_with_its_claims() throws Exception {
        JsonNode signedIn = JSON.readTree(send(postToken("{\"user\":\"partner:demo-solution-partner\"}")).body());

        HttpResponse<String> echoed = send(get("/echo/web").header("Authorization", "Bearer " + signedIn.path("token").asText())
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(echoed.statusCode()).isEqualTo(200);
        Map<String, String> claims = server.runtime().json().read(echoed.body(), APIGatewayV2HTTPEvent.class)
                .getRequestContext().getAuthorizer().getJwt().getClaims();
        assertThat(claims).containsEntry("role", "partner").containsEntry("partner_id", "demo-solution-partner")
                .containsEntry("sub", "demo-partner-demo-solution-partner").doesNotContainKey("account_id");
        assertThat(signedIn.path("user").path("id").asText()).isEqualTo("partner:demo-solution-partner");
    }

    @Test
    void a_token_is_refused_to_a_cross_site_post_and_to_an_unknown_user() throws Exception {
        HttpResponse<String> plainForm = send(get("/local/token").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=customer:demo-enterprise")));
        HttpResponse<String> foreign = send(postToken("{\"user\":\"customer:demo-enterprise\"}").header("Origin", "https://evil.example"));
        HttpResponse<String> unknown = send(postToken("{\"user\":\"admin:root\"}"));
        HttpResponse<String> fetched = send(get("/local/token"));

        assertThat(plainForm.statusCode()).isEqualTo(403);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).doesNotContain("token\"");
        assertThat(fetched.statusCode()).isEqualTo(404);
    }

    @Test
    void the_forms_paths_are_no_routes_of_the_template() {
        assertThat(server.runtime().gateway().routes().routes())
                .noneMatch(route -> LocalWebForm.owns(route.path()));
    }

    private static JsonNode find(JsonNode users, String id) {
        for (JsonNode user : users) {
            if (user.path("id").asText().equals(id)) {
                return user;
            }
        }
        throw new AssertionError("no user " + id + " in " + users);
    }
}
