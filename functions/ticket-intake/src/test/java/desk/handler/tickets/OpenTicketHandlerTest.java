package desk.handler.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.AccountStore;
import desk.store.TicketStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** POST /tickets through the real handler, on DynamoDB Local, from events/open-ticket.json. */
@ExtendWith(LocalDynamoDbExtension.class)
class OpenTicketHandlerTest {
    private static FunctionHarness intake;
    private static FunctionHarness reader;
    private static OpenTicketHandler handler;
    private static GetTicketHandler getHandler;
    private static LocalDesk desk;

    @BeforeAll
    static void start(LocalDesk localDesk) {
        desk = localDesk;
        intake = FunctionHarness.of(desk, "OpenTicketFunction");
        reader = FunctionHarness.of(desk, "GetTicketFunction");
        handler = new OpenTicketHandler(intake.context());
        getHandler = new GetTicketHandler(reader.context());
        intake.bean(AccountStore.class).put(new Account("demo-enterprise", "Demo Enterprise", Plan.ENTERPRISE,
                Contract.DIRECT, Optional.empty(), List.of(), "es-madrid"));
        intake.bean(AccountStore.class).put(new Account("demo-premium-seasonal", "Demo Premium Seasonal", Plan.PREMIUM,
                Contract.DIRECT, Optional.empty(), List.of(), "es-madrid-seasonal"));
    }

    @AfterAll
    static void stop() {
        intake.close();
        reader.close();
    }

    @Test
    void enterprise_ticket_received_friday_1730_is_due_monday_0930_with_its_explanation() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(201);
        Map<String, Object> ticket = intake.body(response);
        assertThat(response.getHeaders()).containsEntry("Location", "/tickets/" + ticket.get("id"));
        assertThat(ticket).containsEntry("receivedAt", "2026-11-27T17:30:00+01:00")
                .containsEntry("accountId", "demo-enterprise")
                .containsEntry("kind", "INCIDENT")
                .containsEntry("severity", "MAJOR");
        Map<String, Object> firstResponse = map(ticket.get("firstResponse"));
        assertThat(firstResponse).containsEntry("target", "CONTRACTUAL")
                .containsEntry("businessTime", "PT2H")
                .containsEntry("dueAt", "2026-11-30T09:30:00+01:00")
                .containsEntry("atRiskAt", "2026-11-30T09:00:00+01:00")
                .containsEntry("calendar", Map.of("id", "es-madrid", "version", "2026-1", "zone", "Europe/Madrid"));
        Map<String, Object> explanation = map(firstResponse.get("explanation"));
        assertThat(explanation.get("counted")).isEqualTo(List.of(
                Map.of("from", "2026-11-27T17:30:00+01:00", "to", "2026-11-27T18:00:00+01:00", "businessTime", "PT30M"),
                Map.of("from", "2026-11-30T08:00:00+01:00", "to", "2026-11-30T09:30:00+01:00", "businessTime", "PT1H30M")));
        assertThat(explanation.get("skipped")).isEqualTo(List.of(
                Map.of("date", "2026-11-28", "reason", "WEEKEND", "detail", "SATURDAY"),
                Map.of("date", "2026-11-29", "reason", "WEEKEND", "detail", "SUNDAY")));
    }

    @Test
    void a_premium_ticket_received_at_13_on_christmas_eve_names_the_short_day_in_its_explanation() {
        // rule: a date's own hours replace the week's, and the explanation says why that day was short
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket-short-day.json"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(201);
        Map<String, Object> firstResponse = map(intake.body(response).get("firstResponse"));
        assertThat(firstResponse).containsEntry("businessTime", "PT12H")
                .containsEntry("dueAt", "2026-12-29T09:00:00+01:00")
                .containsEntry("calendar", Map.of("id", "es-madrid-seasonal", "version", "2026-1", "zone", "Europe/Madrid"));
        Map<String, Object> explanation = map(firstResponse.get("explanation"));
        assertThat(explanation.get("specialHours")).isEqualTo(List.of(
                Map.of("date", "2026-12-24", "why", "Christmas Eve: open 08:00-14:00")));
        assertThat(explanation.get("counted")).isEqualTo(List.of(
                Map.of("from", "2026-12-24T13:00:00+01:00", "to", "2026-12-24T14:00:00+01:00", "businessTime", "PT1H"),
                Map.of("from", "2026-12-28T08:00:00+01:00", "to", "2026-12-28T18:00:00+01:00", "businessTime", "PT10H"),
                Map.of("from", "2026-12-29T08:00:00+01:00", "to", "2026-12-29T09:00:00+01:00", "businessTime", "PT1H")));
        assertThat(explanation.get("skipped")).isEqualTo(List.of(
                Map.of("date", "2026-12-25", "reason", "PUBLIC_HOLIDAY", "detail", "Christmas"),
                Map.of("date", "2026-12-26", "reason", "WEEKEND", "detail", "SATURDAY"),
                Map.of("date", "2026-12-27", "reason", "WEEKEND", "detail", "SUNDAY")));
    }

    @Test
    void a_week_without_special_hours_is_explained_with_none() {
        Map<String, Object> created = intake.body(handler.handleRequest(freshKey(intake.event("open-ticket.json")), null));

        assertThat(map(map(created.get("firstResponse")).get("explanation")).get("specialHours")).isEqualTo(List.of());
    }

    @Test
    void the_stored_ticket_reads_back_with_the_same_deadline_and_explanation() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        Map<String, Object> created = intake.body(handler.handleRequest(event, null));

        APIGatewayV2HTTPEvent get = reader.event("get-ticket.json");
        get.setPathParameters(Map.of("id", (String) created.get("id")));
        APIGatewayV2HTTPResponse response = getHandler.handleRequest(get, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(reader.body(response)).isEqualTo(created);
    }

    @Test
    void a_retry_with_the_same_key_and_body_returns_the_same_ticket() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));

        Map<String, Object> first = intake.body(handler.handleRequest(event, null));
        APIGatewayV2HTTPResponse retry = handler.handleRequest(event, null);

        assertThat(retry.getStatusCode()).isEqualTo(201);
        assertThat(retry.getHeaders()).containsEntry("Idempotent-Replayed", "true");
        assertThat(intake.body(retry).get("id")).isEqualTo(first.get("id"));
    }

    @Test
    void the_same_key_with_another_body_is_a_409_and_creates_nothing() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        handler.handleRequest(event, null);
        int before = ticketsOf("demo-enterprise");

        event.setBody(event.getBody().replace("Product export", "Price export"));
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(intake.body(response)).containsEntry("error", "idempotency_key_reused");
        assertThat(ticketsOf("demo-enterprise")).isEqualTo(before);
    }

    @Test
    void concurrent_retries_under_one_key_create_exactly_one_ticket() throws Exception {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        int before = ticketsOf("demo-enterprise");

        List<Object> ids;
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<Map<String, Object>>> answers = pool.invokeAll(java.util.Collections.nCopies(6,
                    () -> intake.body(new OpenTicketHandler(intake.context()).handleRequest(event, null))));
            ids = answers.stream().map(f -> {
                try {
                    return f.get().get("id");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        assertThat(ids).doesNotContainNull().containsOnly(ids.getFirst());
        assertThat(ticketsOf("demo-enterprise")).isEqualTo(before + 1);
    }

    @Test
    void an_incident_without_steps_and_expected_result_is_refused_naming_both_and_nothing_is_stored() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        event.setBody("{\"kind\":\"INCIDENT\",\"severity\":\"CRITICAL\",\"subject\":\"PIM down\",\"description\":\"Nobody can log in\"}");
        int before = ticketsOf("demo-enterprise");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(422);
        Map<String, Object> error = intake.body(response);
        assertThat(error).containsEntry("error", "validation_failed");
        assertThat(fields(error)).containsExactlyInAnyOrder("steps", "expectedResult");
        assertThat(ticketsOf("demo-enterprise")).isEqualTo(before);
    }

    @Test
    void malformed_json_is_a_400_naming_the_problem() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        event.setBody("{\"kind\": \"QUESTION\", ");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(intake.body(response)).containsEntry("error", "malformed_json").containsKey("message");
    }

    @Test
    void a_body_over_the_stated_limit_is_a_413() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        event.setBody("{\"description\":\"" + "x".repeat(70_000) + "\"}");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(413);
        assertThat(intake.body(response)).containsEntry("error", "payload_too_large");
    }

    @Test
    void a_request_without_claims_is_a_401() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        event.getRequestContext().setAuthorizer(null);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(intake.body(response)).containsEntry("error", "unauthorized");
    }

    @Test
    void a_customer_naming_another_account_gets_404_as_if_it_did_not_exist() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        event.setBody(event.getBody().replaceFirst("\\{", "{\"accountId\":\"demo-premium\","));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(intake.body(response)).containsEntry("error", "not_found");
    }

    @Test
    void an_account_whose_calendar_is_not_configured_is_a_500_naming_the_calendar_and_nothing_is_written() {
        intake.bean(AccountStore.class).put(new Account("demo-atlantis", "Atlantis", Plan.PREMIUM, Contract.DIRECT,
                Optional.empty(), List.of(), "atlantis"));
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("account_id", "demo-atlantis");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(intake.body(response)).containsEntry("error", "configuration_error").containsEntry("retryable", false);
        assertThat((String) intake.body(response).get("message")).contains("calendar atlantis");
        assertThat(ticketsOf("demo-atlantis")).isZero();
    }

    @Test
    void intake_announces_the_ticket_received_in_the_same_write() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(freshKey(intake.event("open-ticket.json")), null);
        String id = (String) intake.body(response).get("id");

        var history = desk.client().query(q -> q.tableName(desk.tableName("DeskTable"))
                .keyConditionExpression("pk = :pk AND begins_with(sk, :events)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("TICKET#" + id), ":events", AttributeValue.fromS("EVENT#"))))
                .items();

        assertThat(history).extracting(item -> item.get("detailType").s(), item -> item.get("eventId").s())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ticket Received", id + "/1"));
    }

    @Test
    void an_unknown_account_in_the_token_is_a_404() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        Map<String, String> claims = new HashMap<>(event.getRequestContext().getAuthorizer().getJwt().getClaims());
        claims.put("account_id", "no-such-account");
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);

        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void another_ticket_id_is_not_found_and_a_malformed_one_too() {
        APIGatewayV2HTTPEvent get = reader.event("get-ticket.json");
        APIGatewayV2HTTPResponse unknown = getHandler.handleRequest(get, null);
        get.setPathParameters(Map.of("id", "../../etc/passwd"));
        APIGatewayV2HTTPResponse malformed = getHandler.handleRequest(get, null);

        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(malformed.getStatusCode()).isEqualTo(404);
    }

    /** Issue 19: a correlation id carried from the HTTP request into the announcements it causes. */
    @Test
    void the_callers_correlation_id_is_answered_and_carried_into_the_tickets_announcements() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("x-correlation-id", "web-form-7f3a");
        event.setHeaders(headers);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getHeaders()).containsEntry("X-Correlation-Id", "web-form-7f3a");
        String ticketId = (String) intake.body(response).get("id");
        assertThat(intake.bean(TicketStore.class).history(ticketId)).isNotEmpty()
                .allSatisfy(announcement -> assertThat(announcement.detail()).containsEntry("correlationId", "web-form-7f3a"));
    }

    @Test
    void without_a_usable_correlation_id_the_api_gateway_request_id_is_the_correlation_id() {
        APIGatewayV2HTTPEvent event = freshKey(intake.event("open-ticket.json"));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("x-correlation-id", "not an id");
        event.setHeaders(headers);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        String requestId = event.getRequestContext().getRequestId();
        assertThat(response.getHeaders()).containsEntry("X-Correlation-Id", requestId);
        assertThat(intake.bean(TicketStore.class).history((String) intake.body(response).get("id")))
                .allSatisfy(announcement -> assertThat(announcement.detail()).containsEntry("correlationId", requestId));
    }

    private static APIGatewayV2HTTPEvent freshKey(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("idempotency-key", "test-" + UUID.randomUUID());
        event.setHeaders(headers);
        return event;
    }

    private static int ticketsOf(String accountId) {
        return desk.client().query(q -> q.tableName(desk.tableName("DeskTable")).indexName("TicketsByAccount")
                .keyConditionExpression("accountPk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("ACCOUNT#" + accountId)))
                .select("COUNT")).count();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Map<String, Object> error) {
        return ((List<Map<String, Object>>) error.get("fields")).stream().map(f -> f.get("field")).toList();
    }
}
