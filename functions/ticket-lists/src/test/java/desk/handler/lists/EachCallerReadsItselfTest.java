package desk.handler.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.PartnerStore;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /me}, what the web form reads first: the caller and the accounts it acts for now with
 * their plan and contract; a customer its own account, a partner its current clients, vendor staff
 * none. On DynamoDB Local, from the sample event.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class EachCallerReadsItselfTest {
    private static FunctionHarness harness;
    private static MeHandler handler;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "MeFunction");
        handler = new MeHandler(harness.context());
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void a_customer_reads_its_own_account_with_its_plan_and_contract() throws Exception {
        String acme = account(Plan.ENTERPRISE, Contract.DIRECT, Optional.empty(), List.of());

        Map<String, Object> me = me(new Principal.CustomerUser("eva", acme));

        assertThat(me).containsEntry("role", "customer").containsEntry("subject", "eva").containsEntry("accountId", acme)
                .containsEntry("partnerId", null);
        assertThat(accounts(me)).singleElement().satisfies(account -> assertThat(account)
                .containsEntry("id", acme).containsEntry("name", "Acme").containsEntry("plan", "ENTERPRISE")
                .containsEntry("contract", "DIRECT").containsEntry("solutionPartnerId", null));
    }

    @Test
    void a_solution_partner_reads_its_current_clients_only() throws Exception {
        String iberia = partner(PartnerKind.SOLUTION);
        String client = account(Plan.PREMIUM, Contract.INDIRECT, Optional.of(iberia), List.of());
        account(Plan.STARTER, Contract.DIRECT, Optional.empty(), List.of());

        Map<String, Object> me = me(new Principal.PartnerUser("ines", iberia));

        assertThat(me).containsEntry("role", "partner").containsEntry("partnerId", iberia).containsEntry("partnerKind", "SOLUTION");
        assertThat(accounts(me)).extracting(a -> a.get("id")).containsExactly(client);
        assertThat(accounts(me).getFirst()).containsEntry("plan", "PREMIUM").containsEntry("solutionPartnerId", iberia);
    }

    @Test
    void vendor_staff_read_who_they_are_and_no_accounts() throws Exception {
        Map<String, Object> agent = me(new Principal.SupportAgent("lucia"));
        Map<String, Object> admin = me(new Principal.Admin("root"));

        assertThat(agent).containsEntry("role", "agent");
        assertThat(accounts(agent)).isEmpty();
        assertThat(admin).containsEntry("role", "admin");
        assertThat(accounts(admin)).isEmpty();
    }

    private static Map<String, Object> me(Principal caller) throws Exception {
        APIGatewayV2HTTPResponse response = handler.execute(harness.event("me.json", caller));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return ObjectMapper.getDefault().readValue(response.getBody(), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> accounts(Map<String, Object> me) {
        return (List<Map<String, Object>>) me.get("accounts");
    }

    private static String partner(PartnerKind kind) {
        String id = "partner-" + UUID.randomUUID();
        harness.bean(PartnerStore.class).put(new Partner(id, "Partner", kind, true, true));
        return id;
    }

    private static String account(Plan plan, Contract contract, Optional<String> solutionPartner, List<PartnerAccess> access) {
        String id = "acme-" + UUID.randomUUID();
        harness.bean(AccountStore.class).put(new Account(id, "Acme", plan, contract, solutionPartner, access, "es-madrid"));
        return id;
    }
}
