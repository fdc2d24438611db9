package desk.handler.work;

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
import desk.usecase.ChangeTicketStatus;
import desk.usecase.OpenTicket;
import desk.usecase.PostMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /tickets/{id}/worklogs} through the real handler on DynamoDB Local, from the sample
 * event. Policy, "Support-hour bank": an engaged question owes max(15, minutes worked), the sum of
 * the work logs rounded down; every change of what it owes is announced once for the hour
 * deduction; only agents log work.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class AgentsLogWorkOnTicketsTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-27T10:00:00Z");
    private static final String SAMPLE_TICKET = "0b9e4a52-6c1f-4f0e-9d43-2f1f3c5a7e10";
    private static final Map<String, String> AGENT = Map.of("sub", "agent-marc", "role", "agent");
    private static final Principal CUSTOMER = new Principal.CustomerUser("user-ona", "log-direct");

    private static FunctionHarness harness;
    private static LogWorkHandler logWork;
    private static int requests;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "LogWorkFunction");
        logWork = new LogWorkHandler(harness.context());
        harness.bean(AccountStore.class).put(new Account("log-direct", "Log Direct", Plan.PREMIUM, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void the_sample_work_log_on_an_answered_question_makes_it_owe_the_time_worked() {
        Ticket question = answered(openQuestion());

        APIGatewayV2HTTPResponse response = logWork.handleRequest(sample(question), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        Map<String, Object> body = harness.body(response);
        assertThat(body).containsEntry("ticketId", question.id()).containsEntry("minutes", 25).containsEntry("loggedBy", "agent-marc")
                .containsEntry("loggedAt", "2026-11-27T18:30:00+01:00");
        assertThat(map(body.get("ticket"))).containsEntry("minutesWorked", 25).containsEntry("owedMinutes", 25);
        assertThat(stored(question).worked()).isEqualTo(Duration.ofMinutes(25));
        assertThat(details(question, "Ticket Owed Changed")).extracting(d -> d.get("fromMinutes"), d -> d.get("toMinutes"),
                d -> d.get("reason")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0L, 15L, "FIRST_RESPONSE"),
                        org.assertj.core.groups.Tuple.tuple(15L, 25L, "WORK_LOGGED"));
    }

    @Test
    void partial_minutes_add_up_and_the_total_is_rounded_down_once() {
        Ticket question = answered(openQuestion());

        for (String minutes : List.of("7.5", "7.5", "0.75")) {
            APIGatewayV2HTTPResponse response = logWork.handleRequest(request(question, "{\"minutes\":" + minutes
                    + ",\"note\":\"Checked the feed\"}", AGENT, null), null);
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        }

        // 15 min 45 s worked: 15 whole minutes, which the minimum already covers.
        assertThat(stored(question).worked()).isEqualTo(Duration.ofSeconds(945));
        assertThat(stored(question).owedMinutes()).isEqualTo(15);
        assertThat(details(question, "Ticket Owed Changed")).hasSize(1);
        assertThat(details(question, "Work Logged")).extracting(d -> d.get("seconds")).containsExactly(450L, 450L, 45L);
    }

    @Test
    void replaying_a_work_log_with_its_key_answers_the_same_log_and_logs_nothing_twice() {
        Ticket question = answered(openQuestion());
        APIGatewayV2HTTPEvent request = sample(question);

        APIGatewayV2HTTPResponse first = logWork.handleRequest(request, null);
        APIGatewayV2HTTPResponse again = logWork.handleRequest(request, null);

        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(again.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(first.getHeaders()).containsEntry("Idempotent-Replayed", "false");
        assertThat(harness.body(again).get("id")).isEqualTo(harness.body(first).get("id"));
        assertThat(stored(question).worked()).isEqualTo(Duration.ofMinutes(25));
        assertThat(details(question, "Work Logged")).hasSize(1);
    }

    @Test
    void concurrent_work_logs_on_one_ticket_each_count_once_retried_as_the_503_asks() throws Exception {
        Ticket question = answered(openQuestion());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<APIGatewayV2HTTPResponse>> logs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                APIGatewayV2HTTPEvent event = request(question, "{\"minutes\":2,\"note\":\"Step " + i + "\"}", AGENT, "parallel-" + i);
                logs.add(() -> untilNotBusy(event));
            }
            for (Future<APIGatewayV2HTTPResponse> done : pool.invokeAll(logs)) {
                assertThat(done.get().getStatusCode()).as(done.get().getBody()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(stored(question).worked()).isEqualTo(Duration.ofMinutes(32));
        assertThat(details(question, "Work Logged")).hasSize(16);
        List<Map<String, Object>> owed = details(question, "Ticket Owed Changed");
        assertThat(owed.getLast()).containsEntry("toMinutes", 32L);
        for (int i = 1; i < owed.size(); i++) {
            assertThat(owed.get(i).get("fromMinutes")).isEqualTo(owed.get(i - 1).get("toMinutes"));
        }
    }

    @Test
    void bad_minutes_and_a_missing_note_are_a_422_naming_each_field_and_log_nothing() {
        Ticket question = answered(openQuestion());

        APIGatewayV2HTTPResponse zero = logWork.handleRequest(request(question, "{\"minutes\":0,\"note\":\"n\"}", AGENT, null), null);
        APIGatewayV2HTTPResponse text = logWork.handleRequest(request(question, "{\"minutes\":\"ten\"}", AGENT, null), null);
        APIGatewayV2HTTPResponse tooLong = logWork.handleRequest(request(question, "{\"minutes\":1441,\"note\":\"n\"}", AGENT, null), null);
        APIGatewayV2HTTPResponse fraction = logWork.handleRequest(request(question, "{\"minutes\":0.001,\"note\":\"n\"}", AGENT, null), null);

        assertThat(List.of(zero, text, tooLong, fraction)).extracting(APIGatewayV2HTTPResponse::getStatusCode).containsOnly(422);
        assertThat(fields(harness.body(text))).extracting(f -> f.get("field")).containsExactly("minutes", "note");
        assertThat(fields(harness.body(fraction))).extracting(f -> f.get("problem")).singleElement().asString()
                .contains("whole number of seconds");
        assertThat(stored(question).worked()).isZero();
    }

    @Test
    void the_requester_side_gets_403_and_a_closed_ticket_takes_no_more_work() {
        Ticket question = answered(openQuestion());
        APIGatewayV2HTTPResponse customer = logWork.handleRequest(request(question, "{\"minutes\":5,\"note\":\"n\"}",
                Map.of("sub", "user-ona", "role", "customer", "account_id", "log-direct"), null), null);

        Principal agent = new Principal.SupportAgent("agent-marc");
        for (String next : List.of("SOLVED", "CLOSED")) {
            harness.bean(ChangeTicketStatus.class).change(agent, question.id(), Map.of("status", next), RECEIVED.plusSeconds(3600),
                    Optional.empty());
        }
        APIGatewayV2HTTPResponse closed = logWork.handleRequest(request(question, "{\"minutes\":5,\"note\":\"n\"}", AGENT, null), null);

        assertThat(customer.getStatusCode()).isEqualTo(403);
        assertThat(closed.getStatusCode()).isEqualTo(409);
        assertThat(harness.body(closed)).containsEntry("status", "CLOSED");
        assertThat(stored(question).worked()).isZero();
    }

    /** A client doing what a 503 says: the same request, same key, again. */
    private static APIGatewayV2HTTPResponse untilNotBusy(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = logWork.handleRequest(event, null);
        for (int retry = 0; retry < 20 && response.getStatusCode() == 503; retry++) {
            assertThat(harness.body(response)).containsEntry("retryable", true);
            response = logWork.handleRequest(event, null);
        }
        return response;
    }

    private static Ticket openQuestion() {
        var outcome = harness.bean(OpenTicket.class).open(CUSTOMER,
                Map.of("kind", "QUESTION", "subject", "Net prices", "description", "Which setting exports net prices?"), RECEIVED,
                Optional.empty());
        return ((OpenTicket.Outcome.Created) outcome).ticket();
    }

    private static Ticket answered(Ticket ticket) {
        harness.bean(PostMessage.class).post(new Principal.SupportAgent("agent-marc"), ticket.id(),
                Map.of("body", "Settings > Export > Net prices."), RECEIVED.plusSeconds(600), Optional.empty());
        return stored(ticket);
    }

    private static APIGatewayV2HTTPEvent sample(Ticket ticket) {
        APIGatewayV2HTTPEvent event = harness.event("log-work.json");
        event.setPathParameters(Map.of("id", ticket.id()));
        event.setRawPath(event.getRawPath().replace(SAMPLE_TICKET, ticket.id()));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("idempotency-key", headers.get("idempotency-key") + "-" + ticket.id());
        event.setHeaders(headers);
        return event;
    }

    private static APIGatewayV2HTTPEvent request(Ticket ticket, String body, Map<String, String> claims, String key) {
        APIGatewayV2HTTPEvent event = sample(ticket);
        event.setBody(body);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(new HashMap<>(claims));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("idempotency-key");
        if (key != null) {
            headers.put("idempotency-key", key + "-" + ticket.id());
        }
        event.setHeaders(headers);
        event.getRequestContext().setTimeEpoch(event.getRequestContext().getTimeEpoch() + 1_000L * ++requests);
        return event;
    }

    private static Ticket stored(Ticket ticket) {
        return harness.bean(TicketStore.class).find(ticket.id()).orElseThrow();
    }

    private static List<Map<String, Object>> details(Ticket ticket, String type) {
        return harness.bean(TicketStore.class).history(ticket.id()).stream().filter(a -> a.detailType().equals(type))
                .map(AnnouncementRecord::detail).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fields(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("fields");
    }
}
