package desk.handler.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.PartnerStore;
import desk.store.TicketLists;
import desk.ticket.TicketStatus;
import desk.usecase.OpenTicket;
import desk.validation.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy, account matters: an ACCOUNT_REQUEST goes to the account's Customer Success Manager's own
 * list ({@code GET /success/requests}), as the account names the manager now, never to the support
 * queue; it is tracked against its 3-business-day target; an indirect account's own users are told
 * to go through their Solution Partner. On DynamoDB Local, from the sample event.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class AccountRequestsGoToTheirSuccessManagerTest {
    private static final Instant MONDAY_10 = Instant.parse("2026-11-23T09:00:00Z");
    private static FunctionHarness harness;
    private static SuccessRequestsHandler handler;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "SuccessRequestsFunction");
        handler = new SuccessRequestsHandler(harness.context());
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_request_reaches_its_managers_list_with_its_three_day_target_and_never_the_queue() {
        String manager = "csm-" + UUID.randomUUID();
        String account = account(Contract.DIRECT, Optional.empty(), manager);
        String request = open(new Principal.CustomerUser("user-1", account), account, "ACCOUNT_REQUEST", MONDAY_10);
        String question = open(new Principal.CustomerUser("user-1", account), account, "QUESTION", MONDAY_10.plusSeconds(1));

        List<Map<String, Object>> list = list(new Principal.SupportAgent(manager));

        assertThat(list).extracting(entry -> entry.get("id")).containsExactly(request);
        // Mon 10:00 Madrid + 30 business hours (three days of the calendar): Thu 10:00.
        assertThat((Map<String, Object>) list.getFirst().get("firstResponse"))
                .containsEntry("state", "TRACKED").containsEntry("dueAt", "2026-11-26T10:00:00+01:00");
        assertThat(queued(request, question)).containsExactly(question);
    }

    @Test
    void another_manager_and_the_account_s_former_manager_do_not_see_it() {
        String manager = "csm-" + UUID.randomUUID();
        String successor = "csm-" + UUID.randomUUID();
        String account = account(Contract.DIRECT, Optional.empty(), manager);
        String request = open(new Principal.CustomerUser("user-1", account), account, "ACCOUNT_REQUEST", MONDAY_10);

        assertThat(list(new Principal.SupportAgent("csm-" + UUID.randomUUID()))).isEmpty();
        reassign(account, successor);

        assertThat(list(new Principal.SupportAgent(manager))).isEmpty();
        assertThat(list(new Principal.SupportAgent(successor))).extracting(entry -> entry.get("id")).containsExactly(request);
        assertThat(harness.bean(AccountStore.class).managedBy(manager)).doesNotContain(account);
    }

    @Test
    void an_indirect_accounts_solution_partner_raises_it_and_its_own_users_are_told_to_go_through_the_partner() {
        String partner = "partner-" + UUID.randomUUID();
        harness.bean(PartnerStore.class).put(new Partner(partner, "Partner", PartnerKind.SOLUTION, true, true));
        String manager = "csm-" + UUID.randomUUID();
        String account = account(Contract.INDIRECT, Optional.of(partner), manager);

        OpenTicket.Outcome byCustomer = harness.bean(OpenTicket.class).open(new Principal.CustomerUser("user-1", account),
                form(account, "ACCOUNT_REQUEST"), MONDAY_10, Optional.empty());
        String byPartner = open(new Principal.PartnerUser("partner-user", partner), account, "ACCOUNT_REQUEST", MONDAY_10);

        assertThat(byCustomer).isInstanceOfSatisfying(OpenTicket.Outcome.Refused.class, refused -> assertThat(refused.problems())
                .extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(org.assertj.core.api.Assertions.tuple("kind", "account matters of an indirect account are raised "
                        + "by its Solution Partner " + partner + "; please contact your partner")));
        assertThat(list(new Principal.SupportAgent(manager))).extracting(entry -> entry.get("id")).containsExactly(byPartner);
    }

    @Test
    void customers_and_partners_have_no_success_list() {
        APIGatewayV2HTTPResponse customer = read(new Principal.CustomerUser("user-1", "acme"));
        APIGatewayV2HTTPResponse partner = read(new Principal.PartnerUser("partner-user", "iberia"));

        assertThat(customer.getStatusCode()).isEqualTo(403);
        assertThat(partner.getStatusCode()).isEqualTo(403);
    }

    private static List<String> queued(String... ids) {
        List<String> ours = List.of(ids);
        List<String> queued = new ArrayList<>();
        for (TicketStatus status : TicketStatus.queued()) {
            Optional<String> after = Optional.empty();
            do {
                TicketLists.Page page = harness.bean(TicketLists.class).queue(status, after, 100);
                page.entries().stream().map(entry -> entry.ticket().id()).filter(ours::contains).forEach(queued::add);
                after = page.next();
            } while (after.isPresent());
        }
        return queued;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Principal caller) {
        APIGatewayV2HTTPResponse response = read(caller);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        return (List<Map<String, Object>>) harness.body(response).get("tickets");
    }

    private static APIGatewayV2HTTPResponse read(Principal caller) {
        APIGatewayV2HTTPEvent event = harness.event("success-requests.json", caller);
        return handler.execute(event);
    }

    private static String account(Contract contract, Optional<String> solutionPartner, String manager) {
        String id = "success-" + UUID.randomUUID();
        harness.bean(AccountStore.class).put(new Account(id, "Success", Plan.PREMIUM, contract, solutionPartner, List.of(),
                "es-madrid", Optional.of(manager)));
        return id;
    }

    private static void reassign(String accountId, String manager) {
        Account account = harness.bean(AccountStore.class).find(accountId).orElseThrow();
        harness.bean(AccountStore.class).put(new Account(account.id(), account.name(), account.plan(), account.contract(),
                account.solutionPartnerId(), account.partnerAccess(), account.calendarId(), Optional.of(manager)));
    }

    private static Map<String, Object> form(String accountId, String kind) {
        return new HashMap<>(Map.of("accountId", accountId, "kind", kind, "subject", "Renewal",
                "description", "We would like to renew with more seats"));
    }

    private static String open(Principal opener, String accountId, String kind, Instant at) {
        return switch (harness.bean(OpenTicket.class).open(opener, form(accountId, kind), at, Optional.empty())) {
            case OpenTicket.Outcome.Created created -> created.ticket().id();
            case OpenTicket.Outcome other -> throw new AssertionError(other.toString());
        };
    }
}
