package desk.handler.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.AnnouncementRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketStatus;
import desk.usecase.ChangeTicketStatus;
import desk.usecase.OpenTicket;
import desk.usecase.WorkOutcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy, "Tickets": a customer's message on a solved ticket reopens it; a closed ticket is final,
 * and a new message about it opens a follow-up ticket linked to it. Through {@code POST
 * /tickets/{id}/messages} on DynamoDB Local, from the sample event.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class RequesterMessagesReopenOrFollowUpTest {
    // Fri 27 Nov 2026 17:30 Madrid; the sample message arrives from 18:30 on, after hours.
    private static final Instant RECEIVED = Instant.parse("2026-11-27T16:30:00Z");
    private static final Principal CUSTOMER = new Principal.CustomerUser("user-eva", "follow-enterprise");
    private static final Principal AGENT = new Principal.SupportAgent("agent-lucia");

    private static FunctionHarness harness;
    private static PostMessageHandler post;
    private Ticket ticket;
    private int posted;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "PostMessageFunction");
        post = new PostMessageHandler(harness.context());
        harness.bean(AccountStore.class).put(new Account("follow-enterprise", "Follow Enterprise", Plan.ENTERPRISE,
                Contract.DIRECT, Optional.empty(), List.of(), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @BeforeEach
    void openTicket() {
        var outcome = harness.bean(OpenTicket.class).open(CUSTOMER, Map.of("kind", "INCIDENT", "severity", "MAJOR",
                "subject", "Export fails", "description", "The channel export stops", "steps", "Export", "expectedResult", "A file"),
                RECEIVED, Optional.empty());
        ticket = ((OpenTicket.Outcome.Created) outcome).ticket();
    }

    @Test
    void the_customers_message_on_a_solved_ticket_reopens_it_and_the_history_says_so() {
        moveTo(TicketStatus.SOLVED);

        APIGatewayV2HTTPResponse response = post.handleRequest(message("customer", "reopen-" + ticket.id(), "It fails again"), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        assertThat(harness.body(response)).containsEntry("status", "OPEN").containsEntry("followUp", null);
        assertThat(stored(ticket.id()).status()).isEqualTo(TicketStatus.OPEN);
        assertThat(history(ticket.id()).getLast().detail()).containsEntry("fromStatus", "SOLVED").containsEntry("toStatus", "OPEN")
                .containsEntry("reason", "REQUESTER_REPLIED");
    }

    @Test
    void the_customers_message_on_a_closed_ticket_opens_a_linked_follow_up_with_its_own_deadline_and_leaves_the_closed_one_alone() {
        moveTo(TicketStatus.SOLVED);
        moveTo(TicketStatus.CLOSED);
        Ticket closed = stored(ticket.id());

        APIGatewayV2HTTPResponse response = post.handleRequest(message("customer", "follow-" + ticket.id(), "It fails again"), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        Map<String, Object> body = harness.body(response);
        String followUpId = (String) map(body.get("followUp")).get("ticketId");
        assertThat(map(body.get("followUp"))).containsEntry("followUpOf", ticket.id());
        assertThat(response.getHeaders()).containsEntry("Location", "/tickets/" + followUpId);
        assertThat(map(body.get("message"))).containsEntry("ticketId", followUpId).containsEntry("body", "It fails again");
        assertThat(body).containsEntry("status", "NEW");

        assertThat(stored(ticket.id())).isEqualTo(closed);
        assertThat(harness.bean(TicketStore.class).conversation(ticket.id())).isEmpty();
        Ticket followUp = stored(followUpId);
        assertThat(followUp.followUpOf()).contains(ticket.id());
        assertThat(followUp.subject()).isEqualTo("Follow-up: Export fails");
        assertThat(followUp.openedBy()).isEqualTo(CUSTOMER);
        // Received Fri 18:3x Madrid, after hours: Enterprise's 2 h count from Mon 08:00.
        assertThat(followUp.deadline().orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(harness.bean(TicketStore.class).conversation(followUpId)).extracting(m -> m.body()).containsExactly("It fails again");
        assertThat(history(followUpId)).singleElement().satisfies(received -> {
            assertThat(received.detailType()).isEqualTo("Ticket Received");
            assertThat(received.detail()).containsEntry("followUpOf", ticket.id()).containsEntry("dueAt", "2026-11-30T09:00:00Z");
        });
    }

    @Test
    void replaying_the_message_that_opened_a_follow_up_answers_the_same_and_opens_no_second_one() {
        moveTo(TicketStatus.SOLVED);
        moveTo(TicketStatus.CLOSED);
        APIGatewayV2HTTPEvent request = message("customer", "again-" + ticket.id(), "Still broken");
        APIGatewayV2HTTPResponse first = post.handleRequest(request, null);

        APIGatewayV2HTTPResponse again = post.handleRequest(request, null);

        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(again.getHeaders()).containsEntry("Idempotent-Replayed", "true")
                .containsEntry("Location", first.getHeaders().get("Location"));
        assertThat(harness.body(again).get("followUp")).isEqualTo(harness.body(first).get("followUp"));
        assertThat(map(harness.body(again).get("message")).get("id")).isEqualTo(map(harness.body(first).get("message")).get("id"));
    }

    @Test
    void an_agents_message_on_a_closed_ticket_is_a_409_naming_the_status_and_writes_nothing() {
        moveTo(TicketStatus.SOLVED);
        moveTo(TicketStatus.CLOSED);

        APIGatewayV2HTTPResponse response = post.handleRequest(message("agent", null, "Anything else?"), null);

        assertThat(response.getStatusCode()).isEqualTo(409);
        Map<String, Object> body = harness.body(response);
        assertThat(body).containsEntry("status", "CLOSED").containsEntry("allowedStatuses", List.of());
        assertThat(body.get("fields")).asList().singleElement().satisfies(field -> assertThat(map(field)).containsEntry("field", "status"));
        assertThat(harness.bean(TicketStore.class).conversation(ticket.id())).isEmpty();
    }

    private void moveTo(TicketStatus status) {
        assertThat(harness.bean(ChangeTicketStatus.class).change(AGENT, ticket.id(), Map.of("status", status.name()),
                RECEIVED.plusSeconds(60L * ++posted), Optional.empty())).isInstanceOf(WorkOutcome.Changed.class);
    }

    /** The sample message re-authored: {@code role} agent or customer, another key and body. */
    private APIGatewayV2HTTPEvent message(String role, String key, String text) {
        APIGatewayV2HTTPEvent event = harness.event("post-message.json");
        event.setPathParameters(Map.of("id", ticket.id()));
        event.setRawPath("/tickets/" + ticket.id() + "/messages");
        Map<String, String> claims = new HashMap<>(role.equals("agent")
                ? Map.of("sub", "agent-lucia", "role", "agent")
                : Map.of("sub", "user-eva", "role", "customer", "account_id", "follow-enterprise"));
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("idempotency-key");
        if (key != null) {
            headers.put("idempotency-key", key);
        }
        event.setHeaders(headers);
        event.setBody("{\"body\":\"" + text + "\"}");
        event.getRequestContext().setTimeEpoch(event.getRequestContext().getTimeEpoch() + 60_000L * ++posted);
        return event;
    }

    private static Ticket stored(String id) {
        return harness.bean(TicketStore.class).find(id).orElseThrow();
    }

    private static List<AnnouncementRecord> history(String id) {
        return harness.bean(TicketStore.class).history(id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
