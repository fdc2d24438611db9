package desk.handler.conversation;

import static org.assertj.core.api.Assertions.assertThat;

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
import desk.sla.FirstResponse;
import desk.sla.SlaState;
import desk.store.AccountStore;
import desk.store.AnnouncementRecord;
import desk.store.PartnerStore;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.usecase.OpenTicket;
import desk.usecase.PostMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy, "First-response SLA", through the use cases on DynamoDB Local: what is stored and
 * announced for each kind of ticket and message, read back from the table.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class EveryStampingRuleHoldsOnTheTableTest {
    // Mon 23 Nov 2026 10:00 Madrid: Enterprise due 12:00, Premium due Tue 12:00.
    private static final Instant MONDAY_10 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Principal AGENT = new Principal.SupportAgent("agent-lucia");
    private static FunctionHarness harness;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "PostMessageFunction");
        harness.bean(PartnerStore.class).put(new Partner("rules-partner", "Rules Partner", PartnerKind.SOLUTION, true, true));
        harness.bean(AccountStore.class).put(new Account("rules-enterprise", "Enterprise", Plan.ENTERPRISE, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid"));
        harness.bean(AccountStore.class).put(new Account("rules-indirect", "Indirect", Plan.PREMIUM, Contract.INDIRECT,
                Optional.of("rules-partner"), List.of(new PartnerAccess("rules-partner", true)), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void a_reply_after_due_time_is_stored_breached_with_its_business_response_time() {
        Ticket ticket = open("rules-enterprise", "QUESTION");

        post(AGENT, ticket, Map.of("body", "Sorry for the wait"), MONDAY_10.plus(Duration.ofHours(2)).plusSeconds(1));

        Ticket stored = stored(ticket);
        assertThat(stored.sla()).isInstanceOf(SlaState.Breached.class);
        assertThat(stored.sla().firstResponse()).map(FirstResponse::businessResponseTime)
                .contains(Duration.ofHours(2).plusSeconds(1));
        assertThat(firstResponseDetail(ticket)).containsEntry("outcome", "BREACHED").containsEntry("businessResponseSeconds", 7201L);
    }

    @Test
    void the_customers_own_messages_and_support_acknowledgements_never_stamp() {
        Ticket ticket = open("rules-enterprise", "QUESTION");
        Principal customer = new Principal.CustomerUser("user-1", "rules-enterprise");

        post(customer, ticket, Map.of("body", "Any news?"), MONDAY_10.plusSeconds(60));
        post(AGENT, ticket, Map.of("body", "We got it", "automatic", true), MONDAY_10.plusSeconds(120));
        post(AGENT, ticket, Map.of("body", "Check the price list", "visibility", "INTERNAL"), MONDAY_10.plusSeconds(180));

        assertThat(stored(ticket).sla()).isInstanceOf(SlaState.Awaiting.class);
        assertThat(harness.bean(TicketStore.class).history(ticket.id())).extracting(AnnouncementRecord::detailType)
                .containsExactly("Ticket Received");
        assertThat(harness.bean(TicketStore.class).conversation(ticket.id())).hasSize(3);
    }

    @Test
    void a_ticket_opened_directly_by_an_indirect_account_records_the_time_and_is_never_breached() {
        Ticket ticket = open("rules-indirect", "QUESTION");

        post(AGENT, ticket, Map.of("body", "Your partner will follow up"), MONDAY_10.plus(Duration.ofDays(3)));

        assertThat(stored(ticket).sla()).isInstanceOf(SlaState.Tracked.class);
        assertThat(stored(ticket).sla().firstResponse()).map(FirstResponse::businessResponseTime).contains(Duration.ofHours(30));
        assertThat(firstResponseDetail(ticket)).containsEntry("outcome", "TRACKED").doesNotContainKey("dueAt");
    }

    @Test
    void an_account_request_is_tracked_against_customer_success_never_breached() {
        Ticket ticket = open("rules-enterprise", "ACCOUNT_REQUEST");

        post(AGENT, ticket, Map.of("body", "Your success manager will call"), MONDAY_10.plus(Duration.ofDays(7)));

        assertThat(stored(ticket).sla()).isInstanceOf(SlaState.Tracked.class);
        assertThat(firstResponseDetail(ticket)).containsEntry("outcome", "TRACKED").containsKey("dueAt");
    }

    @Test
    void only_the_earliest_support_reply_is_kept_and_later_ones_only_announce_themselves() {
        Ticket ticket = open("rules-enterprise", "QUESTION");
        post(AGENT, ticket, Map.of("body", "First"), MONDAY_10.plusSeconds(600));
        Ticket afterStamp = stored(ticket);

        post(AGENT, ticket, Map.of("body", "Second"), MONDAY_10.plusSeconds(900));

        // Every reply is announced (Support Replied, for the mailer): the ticket is written for its sequence alone.
        assertThat(stored(ticket).version()).isEqualTo(afterStamp.version() + 1);
        assertThat(stored(ticket).sla()).isEqualTo(afterStamp.sla());
        assertThat(stored(ticket).sla().firstResponse()).map(FirstResponse::at).contains(MONDAY_10.plusSeconds(600));
        assertThat(harness.bean(TicketStore.class).history(ticket.id())).extracting(AnnouncementRecord::detailType)
                .containsExactly("Ticket Received", "Ticket Status Changed", "First Response Recorded", "Ticket Owed Changed",
                        "Support Replied", "Support Replied");
    }

    private static Ticket open(String accountId, String kind) {
        Map<String, Object> form = new HashMap<>(Map.of("accountId", accountId, "kind", kind, "subject", "Prices",
                "description", "Which setting exports net prices?"));
        Principal opener = accountId.equals("rules-indirect")
                ? new Principal.CustomerUser("user-2", accountId) : new Principal.SupportAgent("agent-intake");
        if (opener instanceof Principal.CustomerUser) {
            form.remove("accountId");
        }
        return ((OpenTicket.Outcome.Created) harness.bean(OpenTicket.class).open(opener, form, MONDAY_10, Optional.empty())).ticket();
    }

    private static void post(Principal author, Ticket ticket, Map<String, Object> form, Instant at) {
        assertThat(harness.bean(PostMessage.class).post(author, ticket.id(), form, at, Optional.empty()))
                .isInstanceOf(PostMessage.Outcome.Posted.class);
    }

    private static Ticket stored(Ticket ticket) {
        return harness.bean(TicketStore.class).find(ticket.id()).orElseThrow();
    }

    /** The detail of the ticket's first-response announcement (an engaged question's owed change follows it). */
    private static Map<String, Object> firstResponseDetail(Ticket ticket) {
        return harness.bean(TicketStore.class).history(ticket.id()).stream()
                .filter(a -> a.detailType().startsWith("First Response")).toList().getLast().detail();
    }
}
