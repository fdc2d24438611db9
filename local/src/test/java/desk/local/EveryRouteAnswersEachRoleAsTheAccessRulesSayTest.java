package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.OpenApiContract;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's authorization matrix: every route of template.yaml × every role × the caller's own
 * tenant and a foreign one, through the local API Gateway (JWT authorizer and route scopes) and
 * the real handlers on the seeded demo data. A foreign tenant's ticket or account answers 404,
 * the same answer as one that does not exist; a role that never does something answers 403.
 * A route added to the template without a row here fails {@link #every_route_of_the_template_has_a_row}.
 */
class EveryRouteAnswersEachRoleAsTheAccessRulesSayTest {
    enum Role { CUSTOMER, SOLUTION_PARTNER, TECHNOLOGY_PARTNER, AGENT, ADMIN }

    /** What a role's own tenant and a foreign tenant are: an account, a ticket of it, a partner. */
    record Tenant(String accountId, String ticketId, String partnerId) {}

    /** The expected status for the caller's own tenant and for a foreign one. */
    record Cell(int own, int foreign) {}

    interface Request {
        HttpRequest.Builder build(Tenant tenant);
    }

    record Row(String route, Request request, Map<Role, Cell> expected) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Every answer, the gateway's own included, must also be one docs/openapi.yaml documents for its route. */
    private static final OpenApiContract API_CONTRACT = OpenApiContract.locate();
    private static DeskServer server;
    private static final Map<Role, Tenant> OWN = new EnumMap<>(Role.class);
    private static final Map<Role, Tenant> FOREIGN = new EnumMap<>(Role.class);

    @TempDir
    static Path files;

    @BeforeAll
    static void start() throws Exception {
        server = DeskServer.start(SamTemplate.locate(), new DatabaseOptions(freePort(), true, null), new LocalFiles(files),
                freePort(), true, 1, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
        // demo-enterprise grants the Technology Partner production access; demo-indirect is the Solution Partner's client.
        String enterpriseTicket = openTicket(token("customer", "demo-enterprise", null), "demo-enterprise");
        String indirectTicket = openTicket(token("customer", "demo-indirect", null), "demo-indirect");
        Tenant enterprise = new Tenant("demo-enterprise", enterpriseTicket, "demo-technology-partner");
        Tenant indirect = new Tenant("demo-indirect", indirectTicket, "demo-solution-partner");
        // Every contract a matrix cell writes exists already, so each admin PUT is a replace (200) whichever runs first.
        String admin = token("admin", null, null);
        for (String path : List.of("/accounts/demo-enterprise", "/accounts/demo-indirect", "/partners/demo-solution-partner")) {
            HttpResponse<String> seeded = send(put(path + "/contract", CONTRACT), admin);
            assertThat(seeded.statusCode()).as(seeded.body()).isIn(200, 201);
        }
        for (Role role : Role.values()) {
            boolean indirectIsOwn = role == Role.SOLUTION_PARTNER;
            OWN.put(role, indirectIsOwn ? indirect : enterprise);
            FOREIGN.put(role, indirectIsOwn ? enterprise : indirect);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The admin routes: their scopes (template.yaml) refuse a token without one at the gateway. */
    private static final Set<String> GATEWAY_SCOPED = Set.of("PUT /accounts/{id}", "GET /accounts/{id}", "PUT /partners/{id}",
            "GET /partners/{id}", "PUT /accounts/{id}/contract", "GET /accounts/{id}/contract", "PUT /partners/{id}/contract",
            "GET /partners/{id}/contract");

    private static final Map<Role, Cell> TICKET_READ = expect(200, 404, 200, 404, 200, 404, 200, 200, 200, 200);
    private static final Map<Role, Cell> TICKET_WRITE = expect(201, 404, 201, 404, 201, 404, 201, 201, 403, 403);
    private static final Map<Role, Cell> STAFF_READ = expect(403, 403, 403, 403, 403, 403, 200, 200, 200, 200);
    /** Only agents work a ticket; the requester side may see it (403), a foreign tenant may not (404). */
    private static final Map<Role, Cell> WORK = expect(403, 404, 403, 404, 403, 404, 200, 200, 403, 403);
    private static final String CONTRACT = "{\"yearlyAllowanceHours\":120,\"startDate\":\"2026-03-01\"}";
    private static final Map<Role, Cell> ADMIN_WRITE = expect(403, 403, 403, 403, 403, 403, 403, 403, 200, 200);

    private static final List<Row> MATRIX = List.of(
            new Row("POST /tickets", tenant -> post("/tickets", "{\"accountId\":\"" + tenant.accountId() + "\","
                    + "\"kind\":\"QUESTION\",\"category\":\"INTEGRATION\",\"subject\":\"Matrix\",\"description\":\"Who may open this?\"}"),
                    TICKET_WRITE),
            new Row("GET /tickets/{id}", tenant -> get("/tickets/" + tenant.ticketId()), TICKET_READ),
            new Row("POST /tickets/{id}/messages", tenant -> post("/tickets/" + tenant.ticketId() + "/messages",
                    "{\"body\":\"Who may write here?\"}"), TICKET_WRITE),
            new Row("GET /tickets/{id}/messages", tenant -> get("/tickets/" + tenant.ticketId() + "/messages"), TICKET_READ),
            new Row("GET /tickets/{id}/history", tenant -> get("/tickets/" + tenant.ticketId() + "/history"), TICKET_READ),
            new Row("POST /tickets/{id}/assignment", tenant -> post("/tickets/" + tenant.ticketId() + "/assignment",
                    "{\"assignee\":\"matrix-agent\"}"), WORK),
            new Row("POST /tickets/{id}/status", tenant -> post("/tickets/" + tenant.ticketId() + "/status",
                    "{\"status\":\"OPEN\"}"), WORK),
            new Row("POST /tickets/{id}/classification", tenant -> post("/tickets/" + tenant.ticketId() + "/classification",
                    "{\"kind\":\"QUESTION\"}"), WORK),
            new Row("POST /tickets/{id}/worklogs", tenant -> post("/tickets/" + tenant.ticketId() + "/worklogs",
                    "{\"minutes\":5,\"note\":\"Matrix\"}"), expect(403, 404, 403, 404, 403, 404, 201, 201, 403, 403)),
            new Row("GET /tickets", tenant -> get("/tickets?accountId=" + tenant.accountId()), TICKET_READ),
            new Row("GET /queue", tenant -> get("/queue"), expect(403, 403, 403, 403, 403, 403, 200, 200, 403, 403)),
            new Row("GET /success/requests", tenant -> get("/success/requests"), expect(403, 403, 403, 403, 403, 403, 200, 200, 200, 200)),
            // Everyone reads who it is; the accounts it lists are its own (see EachCallerReadsItselfTest in ticket-lists).
            new Row("GET /me", tenant -> get("/me"), expect(200, 200, 200, 200, 200, 200, 200, 200, 200, 200)),
            new Row("PUT /accounts/{id}", tenant -> put("/accounts/" + tenant.accountId(), seedBody("accounts", tenant.accountId())),
                    ADMIN_WRITE),
            new Row("GET /accounts/{id}", tenant -> get("/accounts/" + tenant.accountId()), STAFF_READ),
            new Row("PUT /partners/{id}", tenant -> put("/partners/" + tenant.partnerId(), seedBody("partners", tenant.partnerId())),
                    ADMIN_WRITE),
            new Row("GET /partners/{id}", tenant -> get("/partners/" + tenant.partnerId()), STAFF_READ),
            new Row("PUT /accounts/{id}/contract", tenant -> put("/accounts/" + tenant.accountId() + "/contract", CONTRACT),
                    ADMIN_WRITE),
            new Row("GET /accounts/{id}/contract", tenant -> get("/accounts/" + tenant.accountId() + "/contract"), STAFF_READ),
            // Only a Solution Partner holds a contract: on the Technology Partner (the enterprise tenant's) an admin's PUT is
            // refused (422) and there is none to read (404).
            new Row("PUT /partners/{id}/contract", tenant -> put("/partners/" + tenant.partnerId() + "/contract", CONTRACT),
                    expect(403, 403, 403, 403, 403, 403, 403, 403, 422, 200)),
            new Row("GET /partners/{id}/contract", tenant -> get("/partners/" + tenant.partnerId() + "/contract"),
                    expect(403, 403, 403, 403, 403, 403, 404, 200, 404, 200)),
            // The bank a tenant's tickets draw on: the direct account's own, the indirect account's Solution Partner's.
            // Only its holder's users and staff read it; a Technology Partner holds none and reads none.
            new Row("GET /banks/{holder}", tenant -> get("/banks/" + (tenant.accountId().equals("demo-indirect")
                    ? "partner:" + tenant.partnerId() : "account:" + tenant.accountId())),
                    expect(200, 404, 200, 404, 404, 404, 200, 200, 200, 200)));

    @Test
    void every_route_of_the_template_has_a_row() {
        Set<String> routes = SamTemplate.locate().httpRoutes().stream()
                .map(route -> route.method() + " " + route.path())
                .collect(Collectors.toSet());

        assertThat(MATRIX.stream().map(Row::route).collect(Collectors.toSet())).isEqualTo(routes);
        assertThat(MATRIX).allSatisfy(row -> assertThat(row.expected().keySet()).containsExactlyInAnyOrder(Role.values()));
    }

    @Test
    void every_cell_answers_its_status() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Role role : Role.values()) {
                check(row, role, "own", OWN.get(role), row.expected().get(role).own(), wrong);
                check(row, role, "foreign", FOREIGN.get(role), row.expected().get(role).foreign(), wrong);
            }
        }

        assertThat(wrong).as("cells answering otherwise than the matrix (%d cells)", MATRIX.size() * Role.values().length * 2)
                .isEmpty();
    }

    @Test
    void a_foreign_tenants_ticket_answers_exactly_as_a_ticket_that_does_not_exist() throws Exception {
        String customer = token("customer", "demo-enterprise", null);
        String foreignId = FOREIGN.get(Role.CUSTOMER).ticketId();
        String missingId = UUID.randomUUID().toString();

        HttpResponse<String> foreign = send(get("/tickets/" + foreignId), customer);
        HttpResponse<String> missing = send(get("/tickets/" + missingId), customer);

        assertThat(foreign.statusCode()).isEqualTo(404).isEqualTo(missing.statusCode());
        assertThat(foreign.body().replace(foreignId, "<id>")).isEqualTo(missing.body().replace(missingId, "<id>"));
    }

    @Test
    void no_answer_shows_a_person_of_another_party_their_subject() throws Exception {
        String agent = token("agent", null, null);
        String ticketId = OWN.get(Role.CUSTOMER).ticketId();
        send(post("/tickets/" + ticketId + "/messages", "{\"body\":\"We are on it.\"}"), agent);

        String seenByCustomer = send(get("/tickets/" + ticketId + "/messages"), token("customer", "demo-enterprise", null)).body()
                + send(get("/tickets/" + ticketId + "/history"), token("customer", "demo-enterprise", null)).body();
        String seenByAgent = send(get("/tickets/" + ticketId), agent).body()
                + send(get("/tickets/" + ticketId + "/messages"), agent).body()
                + send(get("/tickets?accountId=demo-enterprise"), agent).body();

        assertThat(seenByCustomer).doesNotContain("matrix-agent");
        assertThat(seenByAgent).doesNotContain("matrix-customer");
        assertThat(seenByAgent).contains("matrix-agent");
    }

    private static void check(Row row, Role role, String which, Tenant tenant, int expected, List<String> wrong) throws Exception {
        HttpResponse<String> response = send(row.request().build(tenant), tokenOf(role));
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(",", values)));
        API_CONTRACT.problems(row.route(), response.statusCode(), headers, response.body())
                .forEach(problem -> wrong.add(row.route() + " as " + role + " on " + which + " tenant: " + problem));
        if (response.statusCode() != expected) {
            wrong.add(row.route() + " as " + role + " on " + which + " tenant: " + response.statusCode() + " (expected "
                    + expected + ") " + response.body());
        } else if (expected == 403 && GATEWAY_SCOPED.contains(row.route())) {
            // Refused by API Gateway's route scopes before any handler runs, not by the role claim alone.
            if (!json(response.body()).equals(Map.of("message", "Forbidden"))) {
                wrong.add(row.route() + " as " + role + " on " + which + " tenant: refused by the handler, not by the gateway's scopes: "
                        + response.body());
            }
        } else if (expected >= 400) {
            Map<String, Object> body = json(response.body());
            assertThat(body).as("%s as %s: a JSON error body", row.route(), role).isNotEmpty();
        }
    }

    /** Own/foreign statuses per role, in the order of {@link Role}. */
    private static Map<Role, Cell> expect(int... statuses) {
        Map<Role, Cell> cells = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            cells.put(role, new Cell(statuses[role.ordinal() * 2], statuses[role.ordinal() * 2 + 1]));
        }
        return cells;
    }

    private static String tokenOf(Role role) {
        return switch (role) {
            case CUSTOMER -> token("customer", "demo-enterprise", null);
            case SOLUTION_PARTNER -> token("partner", null, "demo-solution-partner");
            case TECHNOLOGY_PARTNER -> token("partner", null, "demo-technology-partner");
            case AGENT -> token("agent", null, null);
            case ADMIN -> token("admin", null, null);
        };
    }

    private static String token(String role, String account, String partner) {
        String subject = "matrix-" + role;
        return server.runtime().tokens().issue(new TokenRequest(role, account, partner, subject, Duration.ofMinutes(5)));
    }

    private static String openTicket(String token, String accountId) throws Exception {
        HttpResponse<String> created = send(post("/tickets", "{\"accountId\":\"" + accountId + "\",\"kind\":\"QUESTION\","
                + "\"category\":\"INTEGRATION\",\"subject\":\"Sync\",\"description\":\"The connector sync stops.\"}"), token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) json(created.body()).get("id");
    }

    private static String seedBody(String collection, String id) {
        return SeedData.load().stream()
                .filter(item -> item.collection().equals(collection) && item.id().equals(id))
                .map(SeedData.Item::body)
                .findFirst().orElseThrow();
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path)).GET();
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(server.baseUrl().resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
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
