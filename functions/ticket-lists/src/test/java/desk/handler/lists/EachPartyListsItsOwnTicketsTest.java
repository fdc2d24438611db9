package desk.handler.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
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
import desk.usecase.OpenTicket;
import java.time.Duration;
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
 * Issue 16, {@code GET /tickets}: each party lists its own scope newest first, paged with an opaque
 * cursor; a partner's scope is its clients as they are today plus what it opened, and every entry
 * is one the access rules let the caller see. On DynamoDB Local, from the sample event.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class EachPartyListsItsOwnTicketsTest {
    private static final Instant MONDAY_10 = Instant.parse("2026-11-23T09:00:00Z");
    private static FunctionHarness harness;
    private static ListTicketsHandler handler;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "ListTicketsFunction");
        handler = new ListTicketsHandler(harness.context());
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void a_customer_pages_through_its_accounts_tickets_newest_first_and_sees_no_other_account() {
        String acme = direct(List.of());
        String other = direct(List.of());
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            opened.add(open(customerOf(acme), acme, "PLATFORM", MONDAY_10.plusSeconds(i)));
        }
        open(customerOf(other), other, "PLATFORM", MONDAY_10.plusSeconds(10));

        List<List<String>> pages = pages(customerOf(acme), Map.of("limit", "2"));

        assertThat(pages).containsExactly(
                List.of(opened.get(4), opened.get(3)), List.of(opened.get(2), opened.get(1)), List.of(opened.get(0)));
    }

    @Test
    void a_solution_partner_lists_its_clients_as_they_are_today_and_the_tickets_it_opened() {
        String iberia = partner(PartnerKind.SOLUTION);
        String nordic = partner(PartnerKind.SOLUTION);
        String globex = indirect(iberia);
        String byCustomer = open(customerOf(globex), globex, "PLATFORM", MONDAY_10);
        String byIberia = open(userOf(iberia), globex, "PLATFORM", MONDAY_10.plusSeconds(1));

        List<String> beforeTheMove = all(userOf(iberia), Map.of());
        moveTo(globex, nordic);
        List<String> iberiaAfter = all(userOf(iberia), Map.of());
        List<String> nordicAfter = all(userOf(nordic), Map.of());

        assertThat(beforeTheMove).containsExactly(byIberia, byCustomer);
        assertThat(iberiaAfter).containsExactly(byIberia);
        assertThat(nordicAfter).containsExactly(byIberia, byCustomer);
    }

    @Test
    void a_technology_partner_lists_only_integration_tickets_of_accounts_granting_it_production_access() {
        String connector = partner(PartnerKind.TECHNOLOGY);
        String granting = direct(List.of(new PartnerAccess(connector, true)));
        String notGranting = direct(List.of(new PartnerAccess(connector, false)));
        String integration = open(customerOf(granting), granting, "INTEGRATION", MONDAY_10);
        open(customerOf(granting), granting, "PLATFORM", MONDAY_10.plusSeconds(1));
        open(customerOf(notGranting), notGranting, "INTEGRATION", MONDAY_10.plusSeconds(2));

        assertThat(all(userOf(connector), Map.of())).containsExactly(integration);
    }

    @Test
    void a_customer_naming_another_account_hears_it_does_not_exist() {
        String acme = direct(List.of());
        String other = direct(List.of());

        APIGatewayV2HTTPResponse response = list(customerOf(acme), Map.of("accountId", other));

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getBody()).contains("Account " + other);
    }

    @Test
    void vendor_staff_name_the_account_whose_tickets_they_list() {
        String acme = direct(List.of());
        String ticket = open(customerOf(acme), acme, "PLATFORM", MONDAY_10);

        APIGatewayV2HTTPResponse unnamed = list(new Principal.SupportAgent("agent-1"), Map.of());

        assertThat(unnamed.getStatusCode()).isEqualTo(422);
        assertThat(unnamed.getBody()).contains("\"field\":\"accountId\"");
        assertThat(all(new Principal.SupportAgent("agent-1"), Map.of("accountId", acme))).containsExactly(ticket);
        assertThat(all(new Principal.Admin("admin-1"), Map.of("accountId", acme))).containsExactly(ticket);
    }

    @Test
    void a_bad_limit_a_foreign_cursor_and_an_unknown_parameter_are_each_named() {
        String acme = direct(List.of());
        String other = direct(List.of());
        open(customerOf(other), other, "PLATFORM", MONDAY_10);
        open(customerOf(other), other, "PLATFORM", MONDAY_10.plusSeconds(1));
        String othersCursor = (String) harness.body(list(customerOf(other), Map.of("limit", "1"))).get("nextCursor");

        assertThat(list(customerOf(acme), Map.of("limit", "0")).getBody()).contains("\"field\":\"limit\"");
        assertThat(list(customerOf(acme), Map.of("limit", "many")).getBody()).contains("\"field\":\"limit\"");
        assertThat(list(customerOf(acme), Map.of("limit", "101")).getStatusCode()).isEqualTo(422);
        assertThat(list(customerOf(acme), Map.of("cursor", "not-a-cursor")).getBody()).contains("\"field\":\"cursor\"");
        // The other account's cursor names the other account's filter: it cannot be carried over.
        assertThat(list(customerOf(acme), Map.of("accountId", acme, "cursor", othersCursor)).getStatusCode()).isEqualTo(422);
        assertThat(list(customerOf(acme), Map.of("sort", "oldest")).getBody()).contains("\"field\":\"sort\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_entry_is_a_summary_with_the_deadline_in_local_time_and_no_subject_of_another_party() {
        String acme = direct(List.of());
        String ticket = open(customerOf(acme), acme, "PLATFORM", MONDAY_10);

        Map<String, Object> page = harness.body(list(new Principal.SupportAgent("agent-1"), Map.of("accountId", acme)));

        Map<String, Object> entry = ((List<Map<String, Object>>) page.get("tickets")).getFirst();
        assertThat(entry).containsEntry("id", ticket).containsEntry("status", "NEW").containsEntry("kind", "QUESTION")
                .doesNotContainKey("description");
        // The customer's subject is the customer's party's: support sees the role and the account.
        assertThat((Map<String, Object>) entry.get("openedBy")).containsEntry("role", "customer")
                .containsEntry("accountId", acme).containsEntry("subject", null);
        // Premium: 12 business hours from Mon 10:00 Madrid is Tue 12:00.
        assertThat((Map<String, Object>) entry.get("firstResponse")).containsEntry("state", "AWAITING")
                .containsEntry("dueAt", "2026-11-24T12:00:00+01:00").containsEntry("respondedAt", null);
        assertThat(page.get("nextCursor")).isNull();
    }

    private static List<String> all(Principal caller, Map<String, String> query) {
        return pages(caller, query).stream().flatMap(List::stream).toList();
    }

    /** Every page the caller reads by following the cursor. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> pages(Principal caller, Map<String, String> query) {
        List<List<String>> pages = new ArrayList<>();
        Map<String, String> next = new HashMap<>(query);
        while (pages.size() < 100) {
            APIGatewayV2HTTPResponse response = list(caller, next);
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
            Map<String, Object> body = harness.body(response);
            pages.add(((List<Map<String, Object>>) body.get("tickets")).stream().map(t -> (String) t.get("id")).toList());
            if (body.get("nextCursor") == null) {
                return pages;
            }
            next.put("cursor", (String) body.get("nextCursor"));
        }
        throw new AssertionError("the cursor never ended: " + pages.size() + " pages");
    }

    private static APIGatewayV2HTTPResponse list(Principal caller, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = harness.event("list-tickets.json", caller);
        event.setQueryStringParameters(query);
        return handler.execute(event);
    }

    private static String open(Principal opener, String accountId, String category, Instant at) {
        Map<String, Object> form = new HashMap<>(Map.of("accountId", accountId, "kind", "QUESTION", "category", category,
                "subject", "Export", "description", "The export stops"));
        return switch (harness.bean(OpenTicket.class).open(opener, form, at, Optional.empty())) {
            case OpenTicket.Outcome.Created created -> created.ticket().id();
            case OpenTicket.Outcome other -> throw new AssertionError(other.toString());
        };
    }

    private static Principal customerOf(String accountId) {
        return new Principal.CustomerUser("user-of-" + accountId, accountId);
    }

    private static Principal userOf(String partnerId) {
        return new Principal.PartnerUser("user-of-" + partnerId, partnerId);
    }

    private static String partner(PartnerKind kind) {
        String id = "partner-" + UUID.randomUUID();
        harness.bean(PartnerStore.class).put(new Partner(id, "Partner", kind, true, true));
        return id;
    }

    private static String direct(List<PartnerAccess> access) {
        String id = "direct-" + UUID.randomUUID();
        harness.bean(AccountStore.class).put(new Account(id, "Direct", Plan.PREMIUM, Contract.DIRECT, Optional.empty(), access,
                "es-madrid"));
        return id;
    }

    private static String indirect(String solutionPartner) {
        String id = "indirect-" + UUID.randomUUID();
        harness.bean(AccountStore.class).put(new Account(id, "Indirect", Plan.PREMIUM, Contract.INDIRECT,
                Optional.of(solutionPartner), List.of(), "es-madrid"));
        return id;
    }

    private static void moveTo(String accountId, String solutionPartner) {
        Account account = harness.bean(AccountStore.class).find(accountId).orElseThrow();
        harness.bean(AccountStore.class).put(new Account(account.id(), account.name(), account.plan(), Contract.INDIRECT,
                Optional.of(solutionPartner), account.partnerAccess(), account.calendarId()));
    }
}
