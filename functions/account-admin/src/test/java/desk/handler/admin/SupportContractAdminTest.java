package desk.handler.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.account.Partner;
import desk.account.PartnerKind;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.bank.SupportContract;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.PartnerStore;
import desk.store.SupportContracts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** Issue 17: admins set each holder's support contract, driven by the sample events of events/. */
@ExtendWith(LocalDynamoDbExtension.class)
class SupportContractAdminTest {
    private static FunctionHarness admin;

    @BeforeAll
    static void start(LocalDesk desk) {
        admin = FunctionHarness.of(desk, "PutAccountContractFunction");
        admin.bean(PartnerStore.class).put(new Partner("demo-technology-partner", "Demo Technology Partner",
                PartnerKind.TECHNOLOGY, false, true));
        admin.bean(PartnerStore.class).put(new Partner("demo-solution-partner", "Demo Solution Partner",
                PartnerKind.SOLUTION, true, true));
        // put-account.json's account, which the contract samples name
        assertThat(new PutAccountHandler(admin.context()).handleRequest(admin.event("put-account.json"), null).getStatusCode())
                .isIn(200, 201);
    }

    @AfterAll
    static void stop() {
        admin.close();
    }

    @Test
    void an_account_contract_is_created_then_replaced_and_reads_back_as_sent_in_the_accounts_zone() {
        String account = newAccount();

        APIGatewayV2HTTPResponse created = putAccountContract(account, "{\"yearlyAllowanceHours\": 120, \"startDate\": \"2026-03-01\"}");
        APIGatewayV2HTTPResponse replaced = putAccountContract(account, "{\"yearlyAllowanceHours\": 37.25, \"startDate\": \"2024-02-29\"}");
        APIGatewayV2HTTPEvent get = admin.event("get-account-contract.json");
        get.setPathParameters(Map.of("id", account));
        APIGatewayV2HTTPResponse read = new GetContractHandler(admin.context()).handleRequest(get, null);

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        assertThat(created.getHeaders()).containsEntry("Location", "/accounts/" + account + "/contract");
        assertThat(replaced.getStatusCode()).as(replaced.getBody()).isEqualTo(200);
        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(admin.body(read)).containsEntry("holder", "account:" + account)
                .containsEntry("yearlyAllowanceMinutes", 2235).containsEntry("startDate", "2024-02-29")
                .containsEntry("zone", "Europe/Madrid");
        assertThat(admin.body(read).get("yearlyAllowanceHours").toString()).isEqualTo("37.25");
        assertThat(admin.bean(SupportContracts.class).find(new BankHolder.AccountHolder(account))).contains(
                new SupportContract(new BankHolder.AccountHolder(account), Duration.ofMinutes(2235), LocalDate.of(2024, 2, 29),
                        ZoneId.of("Europe/Madrid")));
    }

    @Test
    void the_sample_events_set_and_read_the_contracts_of_demo_enterprise_and_the_solution_partner() {
        APIGatewayV2HTTPResponse account = new PutContractHandler(admin.context()).handleRequest(admin.event("put-account-contract.json"), null);
        APIGatewayV2HTTPResponse partner = new PutContractHandler(admin.context()).handleRequest(admin.event("put-partner-contract.json"), null);
        APIGatewayV2HTTPResponse readAccount = new GetContractHandler(admin.context()).handleRequest(admin.event("get-account-contract.json"), null);
        APIGatewayV2HTTPResponse readPartner = new GetContractHandler(admin.context()).handleRequest(admin.event("get-partner-contract.json"), null);

        assertThat(account.getStatusCode()).as(account.getBody()).isIn(200, 201);
        assertThat(partner.getStatusCode()).as(partner.getBody()).isIn(200, 201);
        assertThat(admin.body(readAccount)).containsEntry("holder", "account:demo-enterprise").containsEntry("yearlyAllowanceMinutes", 7200);
        // A partner has no calendar of its own: its contract takes the default calendar's zone.
        assertThat(admin.body(readPartner)).containsEntry("holder", "partner:demo-solution-partner")
                .containsEntry("yearlyAllowanceMinutes", 12030).containsEntry("startDate", "2026-01-15")
                .containsEntry("zone", "Europe/Madrid");
        assertThat(admin.bean(SupportContracts.class).find(new BankHolder.PartnerHolder("demo-solution-partner")).orElseThrow().zone())
                .isEqualTo(ZoneId.of("Europe/Madrid"));
    }

    @Test
    void an_unknown_holder_is_a_404_and_nothing_is_stored() {
        APIGatewayV2HTTPResponse account = putAccountContract("nobody-here", "{\"yearlyAllowanceHours\": 10, \"startDate\": \"2026-01-01\"}");
        APIGatewayV2HTTPResponse partner = putPartnerContract("nobody-here", "{\"yearlyAllowanceHours\": 10, \"startDate\": \"2026-01-01\"}");
        APIGatewayV2HTTPEvent get = admin.event("get-partner-contract.json");
        get.setPathParameters(Map.of("id", "nobody-here"));
        APIGatewayV2HTTPResponse read = new GetContractHandler(admin.context()).handleRequest(get, null);

        assertThat(account.getStatusCode()).isEqualTo(404);
        assertThat(admin.body(account)).containsEntry("error", "not_found");
        assertThat(partner.getStatusCode()).isEqualTo(404);
        assertThat(read.getStatusCode()).isEqualTo(404);
        assertThat(admin.bean(SupportContracts.class).find(new BankHolder.AccountHolder("nobody-here"))).isEmpty();
        assertThat(admin.bean(SupportContracts.class).find(new BankHolder.PartnerHolder("nobody-here"))).isEmpty();
    }

    @Test
    void a_technology_partner_holds_no_contract_and_is_refused_naming_holder() {
        APIGatewayV2HTTPResponse response = putPartnerContract("demo-technology-partner",
                "{\"yearlyAllowanceHours\": 10, \"startDate\": \"2026-01-01\"}");

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(response))).containsExactly("holder");
        assertThat(admin.body(response).toString()).contains("only a Solution Partner");
        assertThat(admin.bean(SupportContracts.class).find(new BankHolder.PartnerHolder("demo-technology-partner"))).isEmpty();
    }

    @Test
    void a_bad_allowance_a_bad_date_and_an_unknown_field_are_each_named() {
        String account = newAccount();

        APIGatewayV2HTTPResponse all = putAccountContract(account,
                "{\"yearlyAllowanceHours\": 0.01, \"startDate\": \"2026-02-30\", \"hours\": 3}");
        APIGatewayV2HTTPResponse negative = putAccountContract(account, "{\"yearlyAllowanceHours\": -5, \"startDate\": \"2026-01-01\"}");
        APIGatewayV2HTTPResponse text = putAccountContract(account, "{\"yearlyAllowanceHours\": \"ten\", \"startDate\": 20260101}");
        APIGatewayV2HTTPResponse missing = putAccountContract(account, "{}");

        assertThat(all.getStatusCode()).isEqualTo(422);
        assertThat(fields(admin.body(all))).containsExactlyInAnyOrder("yearlyAllowanceHours", "startDate", "hours");
        assertThat(admin.body(all).toString()).contains("whole number of minutes");
        assertThat(fields(admin.body(negative))).containsExactly("yearlyAllowanceHours");
        assertThat(fields(admin.body(text))).containsExactlyInAnyOrder("yearlyAllowanceHours", "startDate");
        assertThat(fields(admin.body(missing))).containsExactlyInAnyOrder("yearlyAllowanceHours", "startDate");
        assertThat(admin.bean(SupportContracts.class).find(new BankHolder.AccountHolder(account))).isEmpty();
    }

    @Test
    void only_an_admin_may_set_a_contract_and_a_customer_may_not_read_one() {
        String account = newAccount();
        Map<String, String> customer = new HashMap<>(Map.of("sub", "user-eva", "role", "customer", "account_id", account));
        APIGatewayV2HTTPEvent put = admin.event("put-account-contract.json");
        put.setPathParameters(Map.of("id", account));
        put.getRequestContext().getAuthorizer().getJwt().setClaims(customer);
        Map<String, String> agent = new HashMap<>(Map.of("sub", "agent-ines", "role", "agent"));
        APIGatewayV2HTTPEvent agentPut = admin.event("put-account-contract.json");
        agentPut.setPathParameters(Map.of("id", account));
        agentPut.getRequestContext().getAuthorizer().getJwt().setClaims(agent);
        APIGatewayV2HTTPEvent get = admin.event("get-account-contract.json");
        get.getRequestContext().getAuthorizer().getJwt().setClaims(customer);

        APIGatewayV2HTTPResponse write = new PutContractHandler(admin.context()).handleRequest(put, null);
        APIGatewayV2HTTPResponse agentWrite = new PutContractHandler(admin.context()).handleRequest(agentPut, null);
        APIGatewayV2HTTPResponse read = new GetContractHandler(admin.context()).handleRequest(get, null);

        assertThat(write.getStatusCode()).isEqualTo(403);
        assertThat(agentWrite.getStatusCode()).isEqualTo(403);
        assertThat(admin.body(write)).containsEntry("error", "forbidden");
        assertThat(read.getStatusCode()).isEqualTo(403);
        assertThat(admin.bean(SupportContracts.class).find(new BankHolder.AccountHolder(account))).isEmpty();
    }

    @Test
    void racing_replaces_end_with_one_of_the_two_bodies_stored_whole() throws Exception {
        String account = newAccount();
        assertThat(putAccountContract(account, "{\"yearlyAllowanceHours\": 1, \"startDate\": \"2020-01-01\"}").getStatusCode())
                .isEqualTo(201);
        SupportContract first = new SupportContract(new BankHolder.AccountHolder(account), Duration.ofHours(100),
                LocalDate.of(2026, 1, 1), ZoneId.of("Europe/Madrid"));
        SupportContract second = new SupportContract(new BankHolder.AccountHolder(account), Duration.ofMinutes(12_030),
                LocalDate.of(2027, 6, 15), ZoneId.of("Europe/Madrid"));
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                Future<APIGatewayV2HTTPResponse> a = threads.submit(() -> putAccountContract(account,
                        "{\"yearlyAllowanceHours\": 100, \"startDate\": \"2026-01-01\"}"));
                Future<APIGatewayV2HTTPResponse> b = threads.submit(() -> putAccountContract(account,
                        "{\"yearlyAllowanceHours\": 200.5, \"startDate\": \"2027-06-15\"}"));

                assertThat(List.of(a.get().getStatusCode(), b.get().getStatusCode())).as("round %d", round).containsOnly(200);
                assertThat(admin.bean(SupportContracts.class).find(new BankHolder.AccountHolder(account)).orElseThrow())
                        .as("round %d", round).isIn(first, second);
            }
        }
    }

    /** A new DIRECT account in the default calendar, through the account route; returns its id. */
    private static String newAccount() {
        String id = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        APIGatewayV2HTTPEvent put = admin.event("put-account.json");
        put.setPathParameters(Map.of("id", id));
        put.setBody("{\"name\":\"Acme\",\"plan\":\"ENTERPRISE\",\"contract\":\"DIRECT\",\"calendarId\":\"es-madrid\",\"successManagerId\":\"csm-marta\"}");
        assertThat(new PutAccountHandler(admin.context()).handleRequest(put, null).getStatusCode()).isEqualTo(201);
        return id;
    }

    private static APIGatewayV2HTTPResponse putAccountContract(String id, String body) {
        APIGatewayV2HTTPEvent put = admin.event("put-account-contract.json");
        put.setPathParameters(Map.of("id", id));
        put.setBody(body);
        return new PutContractHandler(admin.context()).handleRequest(put, null);
    }

    private static APIGatewayV2HTTPResponse putPartnerContract(String id, String body) {
        APIGatewayV2HTTPEvent put = admin.event("put-partner-contract.json");
        put.setPathParameters(Map.of("id", id));
        put.setBody(body);
        return new PutContractHandler(admin.context()).handleRequest(put, null);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> error) {
        return ((List<Map<String, Object>>) error.get("fields")).stream().map(f -> f.get("field")).toList();
    }
}
