package desk.handler.lists;

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
import desk.usecase.AssignTicket;
import desk.usecase.ChangeTicketStatus;
import desk.usecase.OpenTicket;
import desk.usecase.ReclassifyTicket;
import desk.usecase.WorkOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy, "Tickets": the queue serves critical, major, minor incidents, then questions, each
 * oldest first, across every status a ticket waits in (new, open, waiting on customer); a solved
 * ticket and an account request are never in it; agents filter it by status and assignee. On
 * DynamoDB Local, from the sample event.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class TheQueueServesAgentsInThePolicysOrderTest {
    private static final Instant MONDAY_10 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Principal AGENT = new Principal.SupportAgent("agent-queue");
    private static FunctionHarness harness;
    private static QueueHandler handler;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "QueueFunction");
        handler = new QueueHandler(harness.context());
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void severity_then_age_orders_the_queue_across_statuses_and_pages() {
        String account = account();
        String question = open(account, "QUESTION", null, MONDAY_10);
        String minor = open(account, "INCIDENT", "MINOR", MONDAY_10.plusSeconds(1));
        String criticalLater = open(account, "INCIDENT", "CRITICAL", MONDAY_10.plusSeconds(3));
        String criticalEarlier = open(account, "INCIDENT", "CRITICAL", MONDAY_10.plusSeconds(2));
        String major = open(account, "INCIDENT", "MAJOR", MONDAY_10.plusSeconds(4));
        String accountRequest = open(account, "ACCOUNT_REQUEST", null, MONDAY_10.plusSeconds(5));
        String solved = open(account, "INCIDENT", "CRITICAL", MONDAY_10.plusSeconds(6));
        status(criticalEarlier, "WAITING_ON_CUSTOMER");
        status(major, "OPEN");
        status(solved, "SOLVED");
        Set<String> ours = Set.of(question, minor, criticalLater, criticalEarlier, major, accountRequest, solved);

        List<String> queue = ours(all(Map.of("limit", "2")), ours);

        assertThat(queue).containsExactly(criticalEarlier, criticalLater, major, minor, question);
    }

    @Test
    void a_question_reclassified_as_a_critical_incident_moves_to_the_front_of_the_queue() {
        String account = account();
        String major = open(account, "INCIDENT", "MAJOR", MONDAY_10);
        String question = open(account, "QUESTION", null, MONDAY_10.plusSeconds(1));
        Set<String> ours = Set.of(major, question);
        List<String> before = ours(all(Map.of()), ours);

        WorkOutcome outcome = harness.bean(ReclassifyTicket.class).reclassify(AGENT, question,
                Map.of("kind", "INCIDENT", "severity", "CRITICAL"), MONDAY_10.plusSeconds(60), Optional.empty());

        assertThat(outcome).isInstanceOf(WorkOutcome.Changed.class);
        assertThat(before).containsExactly(major, question);
        assertThat(ours(all(Map.of()), ours)).containsExactly(question, major);
    }

    @Test
    void a_status_filter_reads_that_status_only_and_a_solved_status_is_not_one_of_the_queue() {
        String account = account();
        String waiting = open(account, "QUESTION", null, MONDAY_10);
        String fresh = open(account, "QUESTION", null, MONDAY_10.plusSeconds(1));
        status(waiting, "WAITING_ON_CUSTOMER");

        List<String> onlyWaiting = ours(all(Map.of("status", "WAITING_ON_CUSTOMER")), Set.of(waiting, fresh));
        APIGatewayV2HTTPResponse solved = read(AGENT, Map.of("status", "SOLVED"));

        assertThat(onlyWaiting).containsExactly(waiting);
        assertThat(solved.getStatusCode()).isEqualTo(422);
        assertThat(solved.getBody()).contains("\"field\":\"status\"");
    }

    @Test
    void an_agent_reads_what_is_assigned_to_them_in_queue_order_with_the_assignee_shown_to_staff() {
        String account = account();
        String assignee = "agent-" + UUID.randomUUID();
        String question = open(account, "QUESTION", null, MONDAY_10);
        String critical = open(account, "INCIDENT", "CRITICAL", MONDAY_10.plusSeconds(1));
        String notMine = open(account, "INCIDENT", "CRITICAL", MONDAY_10.plusSeconds(2));
        assign(question, assignee);
        assign(critical, assignee);
        assign(notMine, "someone-else");

        List<Map<String, Object>> mine = all(Map.of("assignee", assignee));
        List<Map<String, Object>> mineWaiting = all(Map.of("assignee", assignee, "status", "WAITING_ON_CUSTOMER"));

        assertThat(mine).extracting(entry -> entry.get("id")).containsExactly(critical, question);
        assertThat(mine).extracting(entry -> entry.get("assignee")).containsOnly(assignee);
        assertThat(mine).extracting(entry -> entry.get("status")).containsOnly("OPEN");
        assertThat(mineWaiting).isEmpty();
    }

    @Test
    void only_agents_read_the_queue() {
        assertThat(read(new Principal.Admin("admin-1"), Map.of()).getStatusCode()).isEqualTo(403);
        assertThat(read(new Principal.CustomerUser("user-1", "acme"), Map.of()).getStatusCode()).isEqualTo(403);
        assertThat(read(new Principal.PartnerUser("partner-user", "iberia"), Map.of()).getStatusCode()).isEqualTo(403);
    }

    @Test
    void a_cursor_made_for_one_filter_is_refused_for_another() {
        String account = account();
        open(account, "QUESTION", null, MONDAY_10);
        open(account, "QUESTION", null, MONDAY_10.plusSeconds(1));
        String cursor = (String) harness.body(read(AGENT, Map.of("limit", "1"))).get("nextCursor");

        APIGatewayV2HTTPResponse response = read(AGENT, Map.of("status", "NEW", "cursor", cursor));

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(response.getBody()).contains("\"field\":\"cursor\"");
    }

    private static List<String> ours(List<Map<String, Object>> entries, Set<String> ours) {
        return entries.stream().map(entry -> (String) entry.get("id")).filter(ours::contains).toList();
    }

    /** Every entry, following the cursor. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> all(Map<String, String> query) {
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<String, String> next = new HashMap<>(query);
        for (int page = 0; page < 10_000; page++) {
            APIGatewayV2HTTPResponse response = read(AGENT, next);
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
            Map<String, Object> body = harness.body(response);
            entries.addAll((List<Map<String, Object>>) body.get("tickets"));
            if (body.get("nextCursor") == null) {
                return entries;
            }
            next.put("cursor", (String) body.get("nextCursor"));
        }
        throw new AssertionError("the cursor never ended");
    }

    private static APIGatewayV2HTTPResponse read(Principal caller, Map<String, String> query) {
        APIGatewayV2HTTPEvent event = harness.event("read-queue.json", caller);
        event.setQueryStringParameters(query);
        return handler.execute(event);
    }

    private static String account() {
        String id = "queue-" + UUID.randomUUID();
        harness.bean(AccountStore.class).put(new Account(id, "Queue", Plan.ENTERPRISE, Contract.DIRECT, Optional.empty(),
                List.of(), "es-madrid"));
        return id;
    }

    private static String open(String accountId, String kind, String severity, Instant at) {
        Map<String, Object> form = new HashMap<>(Map.of("accountId", accountId, "kind", kind, "subject", "Export",
                "description", "The export stops", "steps", "Run it", "expectedResult", "A file"));
        if (severity != null) {
            form.put("severity", severity);
        }
        return switch (harness.bean(OpenTicket.class).open(AGENT, form, at, Optional.empty())) {
            case OpenTicket.Outcome.Created created -> created.ticket().id();
            case OpenTicket.Outcome other -> throw new AssertionError(other.toString());
        };
    }

    private static void status(String ticketId, String status) {
        if (status.equals("WAITING_ON_CUSTOMER")) {
            // The table takes a new ticket to OPEN before it waits on the customer.
            change(ticketId, "OPEN");
        }
        change(ticketId, status);
    }

    private static void change(String ticketId, String status) {
        WorkOutcome outcome = harness.bean(ChangeTicketStatus.class).change(AGENT, ticketId, Map.of("status", status),
                MONDAY_10.plusSeconds(60), Optional.empty());
        assertThat(outcome).isInstanceOf(WorkOutcome.Changed.class);
    }

    private static void assign(String ticketId, String assignee) {
        harness.bean(AssignTicket.class).assign(AGENT, ticketId, Map.of("assignee", assignee), MONDAY_10.plusSeconds(60),
                Optional.empty());
    }
}
