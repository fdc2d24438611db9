package desk.handler.work;

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
import desk.store.AnnouncementRecord;
import desk.store.PartnerStore;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketStatus;
import desk.usecase.OpenTicket;
import desk.usecase.ReadTicket;
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
 * {@code POST /tickets/{id}/assignment}, {@code /status} and {@code /classification} through the
 * real handlers on DynamoDB Local, from the sample events. Policy, "Tickets" (the lifecycle; support
 * may reclassify) and "Parties" (only agents work tickets; what is not yours does not exist).
 */
@ExtendWith(LocalDynamoDbExtension.class)
class AgentsWorkTicketsThroughTheirRoutesTest {
    // Before the samples' own time (Fri 27 Nov 2026 17:30 UTC).
    private static final Instant RECEIVED = Instant.parse("2026-11-27T10:00:00Z");
    private static final String SAMPLE_TICKET = "0b9e4a52-6c1f-4f0e-9d43-2f1f3c5a7e10";
    private static final Map<String, String> AGENT = Map.of("sub", "agent-marc", "role", "agent");
    private static final Map<String, String> CUSTOMER = Map.of("sub", "user-eva", "role", "customer", "account_id", "work-direct");

    private static FunctionHarness harness;
    private static AssignTicketHandler assign;
    private static ChangeStatusHandler status;
    private static ReclassifyTicketHandler reclassify;
    private static int keys;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "AssignTicketFunction");
        assign = new AssignTicketHandler(harness.context());
        status = new ChangeStatusHandler(harness.context());
        reclassify = new ReclassifyTicketHandler(harness.context());
        harness.bean(AccountStore.class).put(new Account("work-direct", "Work Direct", Plan.ENTERPRISE, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid"));
        harness.bean(PartnerStore.class).put(new Partner("work-partner", "Work Partner", PartnerKind.SOLUTION, true, true));
        harness.bean(AccountStore.class).put(new Account("work-indirect", "Work Indirect", Plan.PREMIUM, Contract.INDIRECT,
                Optional.of("work-partner"), List.of(new PartnerAccess("work-partner", true)), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void the_sample_assignment_assigns_a_new_ticket_and_opens_it_announcing_both() {
        Ticket ticket = open("QUESTION");

        APIGatewayV2HTTPResponse response = assign.handleRequest(sample("assign-ticket.json", ticket), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(harness.body(response)).containsEntry("status", "OPEN").containsEntry("assignee", "agent-lucia");
        assertThat(stored(ticket).assignee()).contains("agent-lucia");
        assertThat(types(ticket)).containsExactly("Ticket Received", "Ticket Assigned", "Ticket Status Changed");
    }

    @Test
    void the_requester_side_never_sees_who_is_assigned() {
        Ticket ticket = open("QUESTION");
        assign.handleRequest(sample("assign-ticket.json", ticket), null);

        List<AnnouncementRecord> seenByCustomer = harness.bean(ReadTicket.class)
                .history(new Principal.CustomerUser("user-eva", "work-direct"), ticket.id()).orElseThrow();
        List<AnnouncementRecord> seenByAgent = harness.bean(ReadTicket.class)
                .history(new Principal.SupportAgent("agent-marc"), ticket.id()).orElseThrow();

        assertThat(seenByCustomer).filteredOn(e -> e.detailType().equals("Ticket Assigned")).singleElement()
                .satisfies(e -> assertThat(e.detail()).doesNotContainKeys("toAssignee", "fromAssignee"));
        assertThat(seenByAgent).filteredOn(e -> e.detailType().equals("Ticket Assigned")).singleElement()
                .satisfies(e -> assertThat(e.detail()).containsEntry("toAssignee", "agent-lucia"));
    }

    @Test
    void the_sample_status_change_on_a_new_ticket_is_a_409_naming_status_and_where_it_may_go() {
        Ticket ticket = open("QUESTION");

        APIGatewayV2HTTPResponse response = status.handleRequest(sample("change-status.json", ticket), null);

        assertThat(response.getStatusCode()).isEqualTo(409);
        Map<String, Object> body = harness.body(response);
        assertThat(body).containsEntry("error", "status_conflict").containsEntry("status", "NEW")
                .containsEntry("allowedStatuses", List.of("OPEN", "SOLVED"));
        assertThat(fields(body)).extracting(f -> f.get("field")).containsExactly("status");
        assertThat(types(ticket)).containsExactly("Ticket Received");
    }

    @Test
    void the_sample_status_change_on_an_open_ticket_moves_it_and_announces_from_and_to() {
        Ticket ticket = open("QUESTION");
        assign.handleRequest(sample("assign-ticket.json", ticket), null);

        APIGatewayV2HTTPResponse response = status.handleRequest(sample("change-status.json", ticket), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(harness.body(response)).containsEntry("status", "WAITING_ON_CUSTOMER");
        assertThat(history(ticket).getLast().detail()).containsEntry("fromStatus", "OPEN")
                .containsEntry("toStatus", "WAITING_ON_CUSTOMER").containsEntry("reason", "SET_BY_SUPPORT");
    }

    @Test
    void setting_the_current_status_again_answers_200_and_writes_and_announces_nothing() {
        Ticket ticket = open("QUESTION");

        APIGatewayV2HTTPResponse response = status.handleRequest(request("change-status.json", status("NEW"), ticket, AGENT, null), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(harness.body(response)).containsEntry("status", "NEW");
        assertThat(stored(ticket)).isEqualTo(ticket);
        assertThat(types(ticket)).containsExactly("Ticket Received");
    }

    @Test
    void the_sample_reclassification_makes_a_question_a_critical_incident_keeping_its_deadline() {
        Ticket ticket = open("QUESTION");

        APIGatewayV2HTTPResponse response = reclassify.handleRequest(sample("reclassify-ticket.json", ticket), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(harness.body(response)).containsEntry("kind", "INCIDENT").containsEntry("severity", "CRITICAL");
        assertThat(stored(ticket).deadline()).isEqualTo(ticket.deadline());
        assertThat(history(ticket).getLast().detail()).containsEntry("fromKind", "QUESTION").containsEntry("toKind", "INCIDENT")
                .containsEntry("toSeverity", "CRITICAL").containsEntry("accountId", "work-direct")
                .containsEntry("occurredAt", "2026-11-27T17:30:00Z");
    }

    @Test
    void an_account_request_is_never_reclassified_and_nothing_becomes_one_both_422_naming_kind() {
        Ticket request = open("ACCOUNT_REQUEST");
        Ticket question = open("QUESTION");

        APIGatewayV2HTTPResponse fromRequest = reclassify.handleRequest(sample("reclassify-ticket.json", request), null);
        APIGatewayV2HTTPResponse intoRequest = reclassify.handleRequest(
                request("reclassify-ticket.json", "{\"kind\":\"ACCOUNT_REQUEST\"}", question, AGENT, null), null);

        assertThat(fromRequest.getStatusCode()).isEqualTo(422);
        assertThat(fields(harness.body(fromRequest))).extracting(f -> f.get("field")).containsExactly("kind");
        assertThat(intoRequest.getStatusCode()).isEqualTo(422);
        assertThat(fields(harness.body(intoRequest))).extracting(f -> f.get("field")).containsExactly("kind");
        assertThat(types(request)).containsExactly("Ticket Received");
    }

    @Test
    void a_closed_ticket_is_final_for_status_assignment_and_classification_alike() {
        Ticket ticket = open("QUESTION");
        status.handleRequest(request("change-status.json", status("SOLVED"), ticket, AGENT, null), null);
        status.handleRequest(request("change-status.json", status("CLOSED"), ticket, AGENT, null), null);

        for (APIGatewayV2HTTPResponse response : List.of(
                status.handleRequest(request("change-status.json", status("OPEN"), ticket, AGENT, null), null),
                assign.handleRequest(sample("assign-ticket.json", ticket), null),
                reclassify.handleRequest(sample("reclassify-ticket.json", ticket), null))) {
            assertThat(response.getStatusCode()).isEqualTo(409);
            assertThat(harness.body(response)).containsEntry("status", "CLOSED").containsEntry("allowedStatuses", List.of());
        }
        assertThat(stored(ticket).status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void replaying_a_request_with_its_idempotency_key_answers_the_same_and_changes_nothing() {
        Ticket ticket = open("QUESTION");
        APIGatewayV2HTTPEvent request = sample("assign-ticket.json", ticket);
        APIGatewayV2HTTPResponse first = assign.handleRequest(request, null);
        long version = stored(ticket).version();
        // Someone else unassigns it meanwhile: the replay must not assign it again.
        assign.handleRequest(request("assign-ticket.json", "{\"assignee\":null}", ticket, AGENT, null), null);
        long afterOther = stored(ticket).version();

        APIGatewayV2HTTPResponse again = assign.handleRequest(request, null);

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(first.getHeaders()).containsEntry("Idempotent-Replayed", "false");
        assertThat(harness.body(again)).containsEntry("id", ticket.id());
        assertThat(afterOther).isEqualTo(version + 1);
        assertThat(stored(ticket).version()).isEqualTo(afterOther);
        assertThat(stored(ticket).assignee()).isEmpty();
        assertThat(types(ticket)).containsExactly("Ticket Received", "Ticket Assigned", "Ticket Status Changed", "Ticket Assigned");
    }

    @Test
    void the_same_key_with_another_body_is_a_409_and_writes_nothing() {
        Ticket ticket = open("QUESTION");
        String key = "same-" + ticket.id();
        status.handleRequest(request("change-status.json", status("OPEN"), ticket, AGENT, key), null);

        APIGatewayV2HTTPResponse other = status.handleRequest(request("change-status.json", status("SOLVED"), ticket, AGENT, key), null);

        assertThat(other.getStatusCode()).isEqualTo(409);
        assertThat(harness.body(other)).containsEntry("error", "idempotency_key_reused");
        assertThat(stored(ticket).status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void an_admin_and_the_requester_side_get_403_and_anyone_who_cannot_see_the_ticket_404() {
        Ticket ticket = open("QUESTION");
        Ticket indirect = openIndirect();

        APIGatewayV2HTTPResponse admin = assign.handleRequest(
                request("assign-ticket.json", "{\"assignee\":\"agent-lucia\"}", ticket, Map.of("sub", "root", "role", "admin"), null), null);
        APIGatewayV2HTTPResponse customer = status.handleRequest(request("change-status.json", status("SOLVED"), ticket, CUSTOMER, null), null);
        APIGatewayV2HTTPResponse partner = reclassify.handleRequest(request("reclassify-ticket.json", "{\"kind\":\"QUESTION\"}", indirect,
                Map.of("sub", "pat", "role", "partner", "partner_id", "work-partner"), null), null);
        APIGatewayV2HTTPResponse otherCustomer = status.handleRequest(request("change-status.json", status("SOLVED"), ticket,
                Map.of("sub", "mallory", "role", "customer", "account_id", "work-indirect"), null), null);
        APIGatewayV2HTTPEvent elsewhere = request("change-status.json", status("SOLVED"), ticket, AGENT, null);
        elsewhere.setPathParameters(Map.of("id", "7f0c2d8e-3b1a-4c5d-9e6f-0a1b2c3d4e5f"));
        APIGatewayV2HTTPResponse unknown = status.handleRequest(elsewhere, null);

        assertThat(admin.getStatusCode()).isEqualTo(403);
        assertThat((String) harness.body(admin).get("message")).contains("Admins oversee tickets");
        assertThat(customer.getStatusCode()).isEqualTo(403);
        assertThat((String) harness.body(customer).get("message")).contains("support's work");
        assertThat(partner.getStatusCode()).isEqualTo(403);
        assertThat(otherCustomer.getStatusCode()).isEqualTo(404);
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(stored(ticket)).isEqualTo(ticket);
        assertThat(stored(indirect)).isEqualTo(indirect);
    }

    @Test
    void bad_input_is_a_422_naming_each_field_and_unknown_fields_are_refused() {
        Ticket ticket = open("QUESTION");

        APIGatewayV2HTTPResponse noAssignee = assign.handleRequest(request("assign-ticket.json", "{\"agent\":\"x\"}", ticket, AGENT, null), null);
        APIGatewayV2HTTPResponse badStatus = status.handleRequest(request("change-status.json", status("REOPENED"), ticket, AGENT, null), null);
        APIGatewayV2HTTPResponse noSeverity = reclassify.handleRequest(request("reclassify-ticket.json", "{\"kind\":\"INCIDENT\"}", ticket, AGENT, null), null);
        APIGatewayV2HTTPResponse questionSeverity = reclassify.handleRequest(
                request("reclassify-ticket.json", "{\"kind\":\"QUESTION\",\"severity\":\"MINOR\"}", ticket, AGENT, null), null);

        assertThat(List.of(noAssignee, badStatus, noSeverity, questionSeverity)).extracting(APIGatewayV2HTTPResponse::getStatusCode)
                .containsOnly(422);
        assertThat(fields(harness.body(noAssignee))).extracting(f -> f.get("field")).containsExactly("agent", "assignee");
        assertThat(fields(harness.body(badStatus))).extracting(f -> f.get("field")).containsExactly("status");
        assertThat(fields(harness.body(noSeverity))).extracting(f -> f.get("field")).containsExactly("severity");
        assertThat(fields(harness.body(questionSeverity))).extracting(f -> f.get("field")).containsExactly("severity");
        assertThat(stored(ticket)).isEqualTo(ticket);
    }

    private static Ticket open(String kind) {
        Map<String, Object> form = kind.equals("INCIDENT")
                ? Map.of("kind", kind, "severity", "MAJOR", "subject", "Export", "description", "Fails", "steps", "s", "expectedResult", "r")
                : Map.of("kind", kind, "subject", "Net prices", "description", "Which setting exports net prices?");
        var outcome = harness.bean(OpenTicket.class).open(new Principal.CustomerUser("user-eva", "work-direct"), form, RECEIVED,
                Optional.empty());
        return ((OpenTicket.Outcome.Created) outcome).ticket();
    }

    private static Ticket openIndirect() {
        var outcome = harness.bean(OpenTicket.class).open(new Principal.PartnerUser("pat", "work-partner"),
                Map.of("accountId", "work-indirect", "kind", "QUESTION", "subject", "Feeds", "description", "Which feed?"),
                RECEIVED, Optional.empty());
        return ((OpenTicket.Outcome.Created) outcome).ticket();
    }

    /** A sample event aimed at {@code ticket}; its key made the ticket's own, as a client would. */
    private static APIGatewayV2HTTPEvent sample(String file, Ticket ticket) {
        APIGatewayV2HTTPEvent event = harness.event(file);
        event.setPathParameters(Map.of("id", ticket.id()));
        event.setRawPath(event.getRawPath().replace(SAMPLE_TICKET, ticket.id()));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("idempotency-key", headers.get("idempotency-key") + "-" + ticket.id());
        event.setHeaders(headers);
        return event;
    }

    /** A sample re-aimed: another body, caller and key (none when null); each a second after the one before. */
    private static APIGatewayV2HTTPEvent request(String file, String body, Ticket ticket, Map<String, String> claims, String key) {
        APIGatewayV2HTTPEvent event = sample(file, ticket);
        event.setBody(body);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(new HashMap<>(claims));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("idempotency-key");
        if (key != null) {
            headers.put("idempotency-key", key);
        }
        event.setHeaders(headers);
        event.getRequestContext().setTimeEpoch(event.getRequestContext().getTimeEpoch() + 1_000L * ++keys);
        return event;
    }

    private static String status(String status) {
        return "{\"status\":\"" + status + "\"}";
    }

    private static Ticket stored(Ticket ticket) {
        return harness.bean(TicketStore.class).find(ticket.id()).orElseThrow();
    }

    private static List<AnnouncementRecord> history(Ticket ticket) {
        return harness.bean(TicketStore.class).history(ticket.id());
    }

    private static List<String> types(Ticket ticket) {
        return history(ticket).stream().map(AnnouncementRecord::detailType).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fields(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("fields");
    }
}
