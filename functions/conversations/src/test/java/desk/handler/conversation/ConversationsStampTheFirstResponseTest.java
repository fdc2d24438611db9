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
import desk.usecase.OpenTicket;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST/GET /tickets/{id}/messages} and {@code GET /tickets/{id}/history} through the real
 * handlers on DynamoDB Local, from the sample events. Policy: "Conversation" and "First-response SLA".
 */
@ExtendWith(LocalDynamoDbExtension.class)
class ConversationsStampTheFirstResponseTest {
    // The sample ticket: received Fri 27 Nov 2026 17:30 Madrid (Enterprise, due Mon 09:30).
    private static final Instant RECEIVED = Instant.parse("2026-11-27T16:30:00Z");
    private static final String SAMPLE_REPLY = "We have reproduced the failing export and are fixing the channel mapping;"
            + " you will hear from us within the hour.";
    private static final Principal CUSTOMER = new Principal.CustomerUser("user-eva", "demo-enterprise");

    private static FunctionHarness harness;
    private static PostMessageHandler post;
    private static ListMessagesHandler list;
    private static TicketHistoryHandler history;
    private String ticketId;
    private int posted;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "PostMessageFunction");
        post = new PostMessageHandler(harness.context());
        list = new ListMessagesHandler(harness.context());
        history = new TicketHistoryHandler(harness.context());
        harness.bean(AccountStore.class).put(new Account("demo-enterprise", "Demo Enterprise", Plan.ENTERPRISE,
                Contract.DIRECT, Optional.empty(), List.of(), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @BeforeEach
    void openTicket() {
        var outcome = harness.bean(OpenTicket.class).open(CUSTOMER, Map.of("kind", "QUESTION", "subject", "Net prices",
                "description", "Which setting exports net prices?"), RECEIVED, Optional.empty());
        ticketId = ((OpenTicket.Outcome.Created) outcome).ticket().id();
    }

    @Test
    void the_sample_agent_reply_stamps_the_first_response_as_met_in_thirty_business_minutes() {
        APIGatewayV2HTTPResponse response = post.handleRequest(onTicket(harness.event("post-message.json")), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        Map<String, Object> body = harness.body(response);
        Map<String, Object> message = map(body.get("message"));
        assertThat(message).containsEntry("visibility", "PUBLIC").containsEntry("automatic", false)
                .containsEntry("postedAt", "2026-11-27T18:30:00+01:00");
        assertThat(response.getHeaders()).containsEntry("Location", "/tickets/" + ticketId + "/messages/" + message.get("id"));
        assertThat(map(body.get("firstResponse"))).containsEntry("state", "MET")
                .containsEntry("respondedAt", "2026-11-27T18:30:00+01:00")
                .containsEntry("businessResponseTime", "PT30M")
                .containsEntry("messageId", message.get("id"));
    }

    @Test
    void acknowledgements_and_internal_notes_do_not_stamp_and_customers_never_see_the_notes() {
        post.handleRequest(message("agent", "ack-" + ticketId, Map.of("body", "We got your ticket.", "automatic", true)), null);
        post.handleRequest(message("agent", "note-" + ticketId, Map.of("body", "Probably the price list.", "visibility", "INTERNAL")), null);

        assertThat(stateOf(post.handleRequest(message("customer", "more-" + ticketId, Map.of("body", "Any news?")), null)))
                .isEqualTo("AWAITING");
        assertThat(visibleMessages("customer")).extracting(m -> m.get("body")).containsExactly("We got your ticket.", "Any news?");
        assertThat(visibleMessages("agent")).extracting(m -> m.get("body"))
                .containsExactly("We got your ticket.", "Probably the price list.", "Any news?");
    }

    @Test
    void the_customer_may_not_write_an_internal_note_and_nothing_is_written() {
        APIGatewayV2HTTPResponse response = post.handleRequest(
                message("customer", "k-" + ticketId, Map.of("body", "Secret", "visibility", "INTERNAL")), null);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(harness.body(response).get("fields")).isEqualTo(List.of(
                Map.of("field", "visibility", "problem", "INTERNAL notes are written by support only; post a PUBLIC message")));
        assertThat(visibleMessages("agent")).isEmpty();
    }

    @Test
    void a_replayed_reply_changes_nothing_and_answers_as_the_first_time() {
        APIGatewayV2HTTPEvent reply = onTicket(harness.event("post-message.json"));
        APIGatewayV2HTTPResponse first = post.handleRequest(reply, null);
        // The same JSON with other spacing and key order is the same request.
        reply.setBody("{ \"automatic\": false,\n  \"visibility\": \"PUBLIC\", \"body\": " + quoted(SAMPLE_REPLY) + " }");

        APIGatewayV2HTTPResponse again = post.handleRequest(reply, null);

        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(again.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(map(harness.body(again).get("message")).get("id")).isEqualTo(map(harness.body(first).get("message")).get("id"));
        assertThat(visibleMessages("agent")).hasSize(1);
        assertThat(historyTypes()).containsExactly("Ticket Received", "Ticket Status Changed", "First Response Recorded",
                "Support Replied");
    }

    @Test
    void the_same_key_with_another_body_is_a_409_and_writes_nothing() {
        post.handleRequest(message("agent", "key-" + ticketId, Map.of("body", "First")), null);

        APIGatewayV2HTTPResponse response = post.handleRequest(message("agent", "key-" + ticketId, Map.of("body", "Second")), null);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(visibleMessages("agent")).extracting(m -> m.get("body")).containsExactly("First");
    }

    @Test
    void the_history_lists_the_announcements_in_order_for_the_customer() {
        post.handleRequest(onTicket(harness.event("post-message.json")), null);

        APIGatewayV2HTTPResponse response = history.handleRequest(onTicket(harness.event("ticket-history.json")), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        List<Map<String, Object>> events = maps(harness.body(response).get("events"));
        assertThat(events).extracting(e -> e.get("eventId"))
                // The customer does not see what the ticket owes (/4, staff only); the reply itself (/5) is for everyone.
                .containsExactly(ticketId + "/1", ticketId + "/2", ticketId + "/3", ticketId + "/5");
        assertThat(events.get(3)).containsEntry("detailType", "Support Replied");
        assertThat(map(events.get(1).get("detail"))).containsEntry("fromStatus", "NEW").containsEntry("toStatus", "OPEN");
        assertThat(map(events.get(2).get("detail"))).containsEntry("outcome", "MET").containsEntry("businessResponseSeconds", 1800);
    }

    @Test
    void a_body_without_text_is_refused_naming_the_field_and_an_unknown_ticket_is_a_404() {
        APIGatewayV2HTTPResponse empty = post.handleRequest(message("agent", null, Map.of("visibility", "PUBLIC")), null);
        APIGatewayV2HTTPEvent elsewhere = harness.event("post-message.json");
        elsewhere.setPathParameters(Map.of("id", UUID.randomUUID().toString()));

        assertThat(empty.getStatusCode()).isEqualTo(422);
        assertThat(harness.body(empty).get("fields")).isEqualTo(List.of(Map.of("field", "body", "problem", "is required")));
        assertThat(post.handleRequest(elsewhere, null).getStatusCode()).isEqualTo(404);
        assertThat(list.handleRequest(onTicket(harness.event("list-messages.json")), null).getStatusCode()).isEqualTo(200);
    }

    /** A sample event aimed at this test's ticket; a sample's key is made the ticket's own, as a client would. */
    private APIGatewayV2HTTPEvent onTicket(APIGatewayV2HTTPEvent event) {
        event.setPathParameters(Map.of("id", ticketId));
        event.setRawPath(event.getRawPath().replace("0b9e4a52-6c1f-4f0e-9d43-2f1f3c5a7e10", ticketId));
        if (event.getHeaders().containsKey("idempotency-key")) {
            Map<String, String> headers = new HashMap<>(event.getHeaders());
            headers.put("idempotency-key", headers.get("idempotency-key") + "-" + ticketId);
            event.setHeaders(headers);
        }
        return event;
    }

    /** The sample reply, re-authored: {@code role} agent or customer, another key and body. */
    private APIGatewayV2HTTPEvent message(String role, String key, Map<String, Object> body) {
        APIGatewayV2HTTPEvent event = onTicket(harness.event("post-message.json"));
        Map<String, String> claims = new HashMap<>(role.equals("agent")
                ? Map.of("sub", "agent-lucia", "role", "agent")
                : Map.of("sub", "user-eva", "role", "customer", "account_id", "demo-enterprise"));
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("idempotency-key");
        if (key != null) {
            headers.put("idempotency-key", key);
        }
        event.setHeaders(headers);
        event.setBody(toJson(body));
        // Each message a minute after the previous one, as a conversation unfolds.
        event.getRequestContext().setTimeEpoch(event.getRequestContext().getTimeEpoch() + 60_000L * ++posted);
        return event;
    }

    private List<Map<String, Object>> visibleMessages(String role) {
        APIGatewayV2HTTPEvent event = onTicket(harness.event("list-messages.json"));
        if (role.equals("agent")) {
            event.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "agent-lucia", "role", "agent"));
        }
        return maps(harness.body(list.handleRequest(event, null)).get("messages"));
    }

    private List<Object> historyTypes() {
        APIGatewayV2HTTPResponse response = history.handleRequest(onTicket(harness.event("ticket-history.json")), null);
        return maps(harness.body(response).get("events")).stream().map(e -> e.get("detailType")).toList();
    }

    private String stateOf(APIGatewayV2HTTPResponse response) {
        return (String) map(harness.body(response).get("firstResponse")).get("state");
    }

    private static String toJson(Map<String, Object> body) {
        StringBuilder json = new StringBuilder("{");
        body.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":")
                .append(value instanceof String text ? quoted(text) : value));
        return json.append('}').toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
