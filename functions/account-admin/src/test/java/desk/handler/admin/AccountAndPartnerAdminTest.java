package desk.handler.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.account.ClientLink;
import desk.account.Partner;
import desk.account.PartnerKind;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.AccountStore;
import desk.store.PartnerStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin routes for accounts and partners, driven by the sample events of events/. */
@ExtendWith(LocalDynamoDbExtension.class)
class AccountAndPartnerAdminTest {
    private static FunctionHarness admin;

    @BeforeAll
    static void start(LocalDesk desk) {
        admin = FunctionHarness.of(desk, "PutAccountFunction");
        // put-account.json grants access to the technology partner: it must exist first.
        admin.bean(PartnerStore.class).put(new Partner("demo-technology-partner", "Demo Technology Partner",
                PartnerKind.TECHNOLOGY, false, true));
    }

    @AfterAll
    static void stop() {
        admin.close();
    }

    @Test
    void put_partner_creates_then_replaces_and_get_reads_it_back() {
        APIGatewayV2HTTPEvent put = admin.event("put-partner.json");
        PutPartnerHandler handler = new PutPartnerHandler(admin.context());

        APIGatewayV2HTTPResponse first = handler.handleRequest(put, null);
        APIGatewayV2HTTPResponse second = handler.handleRequest(put, null);
        APIGatewayV2HTTPResponse read = new GetPartnerHandler(admin.context()).handleRequest(admin.event("get-partner.json"), null);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getHeaders()).containsEntry("Location", "/partners/demo-solution-partner");
        assertThat(second.getStatusCode()).isEqualTo(200);
        assertThat(read.getStatusCode()).isEqualTo(200);
        Map<String, Object> expected = new HashMap<>(Map.of("id", "demo-solution-partner", "name", "Demo Solution Partner",
                "kind", "SOLUTION", "certified", true, "technicalKnowledge", true, "mailUsers", List.of()));
        expected.put("supportAddress", null);
        assertThat(admin.body(read)).isEqualTo(expected);
    }

    @Test
    void a_new_account_answers_201_with_its_location_and_reads_back() {
        APIGatewayV2HTTPEvent put = admin.event("put-account.json");
        put.setPathParameters(Map.of("id", "acme-fresh"));

        APIGatewayV2HTTPResponse created = new PutAccountHandler(admin.context()).handleRequest(put, null);
        APIGatewayV2HTTPEvent get = admin.event("get-account.json");
        get.setPathParameters(Map.of("id", "acme-fresh"));
        APIGatewayV2HTTPResponse read = new GetAccountHandler(admin.context()).handleRequest(get, null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders()).containsEntry("Location", "/accounts/acme-fresh");
        assertThat(admin.body(read)).containsEntry("plan", "ENTERPRISE").containsEntry("contract", "DIRECT")
                .containsEntry("calendarId", "es-madrid")
                .containsEntry("partnerAccess", List.of(Map.of("partnerId", "demo-technology-partner", "productionAccess", true)));
    }

    @Test
    void the_sample_account_event_stores_demo_enterprise() {
        APIGatewayV2HTTPResponse response = new PutAccountHandler(admin.context()).handleRequest(admin.event("put-account.json"), null);
        APIGatewayV2HTTPResponse read = new GetAccountHandler(admin.context()).handleRequest(admin.event("get-account.json"), null);

        assertThat(response.getStatusCode()).isIn(200, 201);
        assertThat(admin.body(read)).containsEntry("id", "demo-enterprise").containsEntry("name", "Demo Enterprise");
    }

    @Test
    void a_bad_plan_is_refused_and_nothing_is_stored() {
        APIGatewayV2HTTPEvent put = admin.event("put-account.json");
        put.setPathParameters(Map.of("id", "acme-refused"));
        put.setBody("{\"name\":\"Acme\",\"plan\":\"GOLD\",\"contract\":\"INDIRECT\",\"successManagerId\":\"csm-marta\",\"solutionPartnerId\":\"nobody-here\"}");

        APIGatewayV2HTTPResponse response = new PutAccountHandler(admin.context()).handleRequest(put, null);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(response))).containsExactly("plan");
        assertThat(admin.bean(AccountStore.class).find("acme-refused")).isEmpty();
    }

    @Test
    void a_solution_partner_that_does_not_exist_is_named_in_the_refusal() {
        APIGatewayV2HTTPEvent put = admin.event("put-account.json");
        put.setPathParameters(Map.of("id", "acme-orphan"));
        put.setBody("{\"name\":\"Acme\",\"plan\":\"PREMIUM\",\"contract\":\"INDIRECT\",\"successManagerId\":\"csm-marta\",\"solutionPartnerId\":\"nobody-here\"}");

        APIGatewayV2HTTPResponse response = new PutAccountHandler(admin.context()).handleRequest(put, null);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(response))).containsExactly("solutionPartnerId");
        assertThat(admin.bean(AccountStore.class).find("acme-orphan")).isEmpty();
    }

    @Test
    void a_technology_partner_cannot_be_the_solution_partner_of_an_indirect_account() {
        APIGatewayV2HTTPEvent put = admin.event("put-account.json");
        put.setPathParameters(Map.of("id", "acme-mismatch"));
        put.setBody("{\"name\":\"Acme\",\"plan\":\"PREMIUM\",\"contract\":\"INDIRECT\",\"successManagerId\":\"csm-marta\",\"solutionPartnerId\":\"demo-technology-partner\"}");

        APIGatewayV2HTTPResponse response = new PutAccountHandler(admin.context()).handleRequest(put, null);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(admin.body(response).toString()).contains("not a Solution Partner");
    }

    @Test
    void only_an_admin_may_write_and_a_customer_may_not_read() {
        APIGatewayV2HTTPEvent put = admin.event("put-partner.json");
        Map<String, String> customer = new HashMap<>(Map.of("sub", "user-eva", "role", "customer", "account_id", "demo-enterprise"));
        put.getRequestContext().getAuthorizer().getJwt().setClaims(customer);
        APIGatewayV2HTTPEvent get = admin.event("get-account.json");
        get.getRequestContext().getAuthorizer().getJwt().setClaims(customer);

        APIGatewayV2HTTPResponse write = new PutPartnerHandler(admin.context()).handleRequest(put, null);
        APIGatewayV2HTTPResponse read = new GetAccountHandler(admin.context()).handleRequest(get, null);

        assertThat(write.getStatusCode()).isEqualTo(403);
        assertThat(read.getStatusCode()).isEqualTo(403);
        assertThat(admin.body(write)).containsEntry("error", "forbidden");
    }

    @Test
    void an_id_that_breaks_the_id_rule_is_refused_naming_id() {
        APIGatewayV2HTTPEvent put = admin.event("put-partner.json");
        put.setPathParameters(Map.of("id", "Not An Id"));

        APIGatewayV2HTTPResponse response = new PutPartnerHandler(admin.context()).handleRequest(put, null);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(response))).containsExactly("id");
    }

    @Test
    void an_unknown_partner_is_a_404() {
        APIGatewayV2HTTPEvent get = admin.event("get-partner.json");
        get.setPathParameters(Map.of("id", "nobody-here"));

        APIGatewayV2HTTPResponse response = new GetPartnerHandler(admin.context()).handleRequest(get, null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(admin.body(response)).containsEntry("error", "not_found");
    }

    @Test
    void a_kind_change_of_a_referenced_partner_is_refused_naming_kind_and_an_unreferenced_one_is_allowed() {
        String referenced = putPartner("SOLUTION");
        String unreferenced = putPartner("SOLUTION");
        String account = "acme-" + suffix();
        assertThat(putAccount(account, indirectBody(referenced)).getStatusCode()).isEqualTo(201);

        APIGatewayV2HTTPResponse refused = putPartner(referenced, "TECHNOLOGY");
        APIGatewayV2HTTPResponse allowed = putPartner(unreferenced, "TECHNOLOGY");

        assertThat(refused.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(refused))).containsExactly("kind");
        assertThat(admin.body(refused).toString()).contains("1 account references this partner", "cannot change kind");
        assertThat(admin.bean(PartnerStore.class).find(referenced).orElseThrow().kind()).isEqualTo(PartnerKind.SOLUTION);
        assertThat(allowed.getStatusCode()).isEqualTo(200);
        assertThat(admin.bean(PartnerStore.class).find(unreferenced).orElseThrow().kind()).isEqualTo(PartnerKind.TECHNOLOGY);
    }

    @Test
    void a_missing_partner_in_partner_access_is_named_by_its_index_and_nothing_is_written() {
        String solution = putPartner("SOLUTION");
        String account = "acme-" + suffix();

        APIGatewayV2HTTPResponse response = putAccount(account, "{\"name\":\"Acme\",\"plan\":\"PREMIUM\",\"contract\":\"INDIRECT\",\"successManagerId\":\"csm-marta\","
                + "\"solutionPartnerId\":\"" + solution + "\",\"partnerAccess\":[{\"partnerId\":\"" + solution + "\"},"
                + "{\"partnerId\":\"nobody-here\"}]}");

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(response))).containsExactly("partnerAccess[1].partnerId");
        assertThat(admin.body(response).toString()).contains("no partner nobody-here exists");
        assertThat(admin.bean(AccountStore.class).find(account)).isEmpty();
        assertThat(admin.bean(AccountStore.class).clientsOf(solution)).isEmpty();
        // nothing counted: the partner may still change kind
        assertThat(putPartner(solution, "TECHNOLOGY").getStatusCode()).isEqualTo(200);
    }

    @Test
    void a_replaced_account_answers_200_and_its_client_links_follow_it() {
        String first = putPartner("SOLUTION");
        String second = putPartner("SOLUTION");
        String account = "acme-" + suffix();

        APIGatewayV2HTTPResponse created = putAccount(account, indirectBody(first));
        APIGatewayV2HTTPResponse replaced = putAccount(account, indirectBody(second));

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(replaced.getStatusCode()).isEqualTo(200);
        assertThat(admin.bean(AccountStore.class).clientsOf(first)).isEmpty();
        assertThat(admin.bean(AccountStore.class).clientsOf(second))
                .containsExactly(new ClientLink(second, account, ClientLink.Relation.SOLUTION_PARTNER, false));
    }

    @Test
    void an_account_naming_a_solution_partner_races_its_kind_change_and_exactly_one_wins() throws Exception {
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 15; round++) {
                String partner = putPartner("SOLUTION");
                String account = "acme-" + suffix();

                Future<APIGatewayV2HTTPResponse> accountWrite = threads.submit(() -> putAccount(account, indirectBody(partner)));
                Future<APIGatewayV2HTTPResponse> kindChange = threads.submit(() -> putPartner(partner, "TECHNOLOGY"));
                List<Integer> statuses = List.of(accountWrite.get().getStatusCode(), kindChange.get().getStatusCode());

                assertThat(statuses).as("round %d", round).isIn(List.of(201, 422), List.of(422, 200));
                boolean accountWon = statuses.getFirst() == 201;
                assertThat(admin.bean(AccountStore.class).find(account).isPresent()).isEqualTo(accountWon);
                assertThat(admin.bean(PartnerStore.class).find(partner).orElseThrow().kind())
                        .isEqualTo(accountWon ? PartnerKind.SOLUTION : PartnerKind.TECHNOLOGY);
            }
        }
    }

    /** A new SOLUTION or TECHNOLOGY partner, created through the route; returns its id. */
    private static String putPartner(String kind) {
        String id = "partner-" + suffix();
        assertThat(putPartner(id, kind).getStatusCode()).isEqualTo(201);
        return id;
    }

    /** One mail address, one domain, one owner: a clash names the field and the party holding it, and nothing is written. */
    @Test
    void an_address_or_domain_another_party_holds_is_refused_naming_the_field_and_its_owner() {
        String account = "mail-account-" + suffix();
        String domain = "client-" + suffix() + ".example";
        String address = "ana." + suffix() + "@elsewhere.example";
        APIGatewayV2HTTPResponse created = putAccount(account, mailAccountBody(List.of(domain), address));
        String partner = "mail-partner-" + suffix();
        APIGatewayV2HTTPEvent put = admin.event("put-partner.json");
        put.setPathParameters(Map.of("id", partner));
        put.setBody("{\"name\":\"Partner\",\"kind\":\"TECHNOLOGY\",\"supportAddress\":\"help@partner.example\","
                + "\"mailUsers\":[{\"address\":\"" + address.toUpperCase(java.util.Locale.ROOT) + "\",\"subject\":\"p-user\"}]}");
        APIGatewayV2HTTPResponse clash = new PutPartnerHandler(admin.context()).handleRequest(put, null);
        APIGatewayV2HTTPResponse otherAccount = putAccount("mail-other-" + suffix(), mailAccountBody(List.of("x-" + domain, domain),
                "luis." + suffix() + "@elsewhere.example"));

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(admin.body(created)).containsEntry("mailDomains", List.of(domain))
                .containsEntry("mailUsers", List.of(Map.of("address", address, "subject", "ana-sub")));
        assertThat(clash.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(clash))).containsExactly("mailUsers[0].address");
        assertThat(admin.body(clash).toString()).contains("account " + account);
        assertThat(admin.bean(PartnerStore.class).find(partner)).isEmpty();
        assertThat(otherAccount.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(otherAccount))).containsExactly("mailDomains[1]");
    }

    /** An address or domain an account stops listing is free for another party at once. */
    @Test
    void an_address_dropped_by_one_party_may_be_taken_by_another() {
        String first = "mail-first-" + suffix();
        String domain = "moved-" + suffix() + ".example";
        String address = "eva." + suffix() + "@moved.example";
        putAccount(first, mailAccountBody(List.of(domain), address));
        APIGatewayV2HTTPResponse dropped = putAccount(first, mailAccountBody(List.of(), "other." + suffix() + "@moved.example"));

        APIGatewayV2HTTPResponse taken = putAccount("mail-second-" + suffix(), mailAccountBody(List.of(domain), address));

        assertThat(dropped.getStatusCode()).isEqualTo(200);
        assertThat(taken.getStatusCode()).isEqualTo(201);
    }

    /** A mail domain must look like one, and an address like {@code local@domain}: each bad element is named. */
    @Test
    void malformed_domains_and_addresses_are_named_by_their_index() {
        APIGatewayV2HTTPResponse response = putAccount("mail-bad-" + suffix(), "{\"name\":\"Acme\",\"plan\":\"PREMIUM\","
                + "\"contract\":\"DIRECT\",\"successManagerId\":\"csm-marta\",\"mailDomains\":[\"ok.example\",\"not a domain\"],"
                + "\"mailUsers\":[{\"address\":\"no-at-sign\",\"subject\":\"s\"},{\"address\":\"a@ok.example\"}]}");

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(response))).containsExactlyInAnyOrder("mailDomains[1]", "mailUsers[0].address",
                "mailUsers[1].subject");
    }

    private static String mailAccountBody(List<String> domains, String address) {
        String list = domains.stream().map(d -> "\"" + d + "\"").collect(java.util.stream.Collectors.joining(","));
        return "{\"name\":\"Acme\",\"plan\":\"PREMIUM\",\"contract\":\"DIRECT\",\"successManagerId\":\"csm-marta\","
                + "\"mailDomains\":[" + list + "],\"mailUsers\":[{\"address\":\"" + address + "\",\"subject\":\"ana-sub\"}]}";
    }

    private static APIGatewayV2HTTPResponse putPartner(String id, String kind) {
        APIGatewayV2HTTPEvent put = admin.event("put-partner.json");
        put.setPathParameters(Map.of("id", id));
        put.setBody("{\"name\":\"Partner\",\"kind\":\"" + kind + "\",\"certified\":true}");
        return new PutPartnerHandler(admin.context()).handleRequest(put, null);
    }

    private static APIGatewayV2HTTPResponse putAccount(String id, String body) {
        APIGatewayV2HTTPEvent put = admin.event("put-account.json");
        put.setPathParameters(Map.of("id", id));
        put.setBody(body);
        return new PutAccountHandler(admin.context()).handleRequest(put, null);
    }

    private static String indirectBody(String solutionPartnerId) {
        return "{\"name\":\"Acme\",\"plan\":\"PREMIUM\",\"contract\":\"INDIRECT\",\"successManagerId\":\"csm-marta\",\"solutionPartnerId\":\"" + solutionPartnerId + "\"}";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> error) {
        return ((List<Map<String, Object>>) error.get("fields")).stream().map(f -> f.get("field")).toList();
    }
}
