package desk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.store.ConcurrentUpdateException;
import desk.store.StoreUnavailableException;
import desk.usecase.MisconfiguredException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The brief: "Infrastructure trouble gets a JSON error that says whether to retry." Throttling,
 * timeouts and writes that kept losing races are a 503 with {@code Retry-After}; a configuration
 * fault or a bug is a 500 with the error body, never API Gateway's bare 500.
 */
class InfrastructureTroubleSaysWhetherToRetryTest {
    private static ApplicationContext context;
    private static HttpApi api;

    @BeforeAll
    static void start() {
        context = ApplicationContext.builder().properties(Map.of("desk.table.name", "unused")).start();
        api = context.getBean(HttpApi.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void a_throttled_or_slow_database_is_a_503_to_retry_after_a_second() {
        APIGatewayV2HTTPResponse response = api.respond(onRoute(), request -> {
            throw new StoreUnavailableException("DynamoDB GetItem was refused (400 ThrottlingException)", null);
        });

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Retry-After", "1").containsEntry("Content-Type", "application/json");
        assertThat(body(response)).containsEntry("error", "service_unavailable").containsEntry("retryable", true);
    }

    @Test
    void a_write_that_kept_losing_races_is_a_503_too() {
        APIGatewayV2HTTPResponse response = api.respond(onRoute(), request -> {
            throw new ConcurrentUpdateException("ticket changed concurrently", null);
        });

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(body(response)).containsEntry("retryable", true);
    }

    @Test
    void a_configuration_fault_is_a_500_naming_it_and_not_to_retry() {
        APIGatewayV2HTTPResponse response = api.respond(onRoute(), request -> {
            throw new MisconfiguredException("account acme names calendar atlantis, which is not configured");
        });

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(body(response)).containsEntry("error", "configuration_error").containsEntry("retryable", false)
                .containsEntry("message", "account acme names calendar atlantis, which is not configured");
    }

    @Test
    void a_bug_is_a_500_with_the_error_body() {
        APIGatewayV2HTTPResponse response = api.respond(onRoute(), request -> {
            throw new IllegalStateException("unexpected");
        });

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(body(response)).containsEntry("error", "internal_error").containsEntry("retryable", false);
    }

    @Test
    void a_refusal_is_not_retryable_as_sent() {
        APIGatewayV2HTTPResponse response = api.respond(onRoute(), request -> {
            throw ApiProblem.notFound("Ticket t-1");
        });

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(body(response)).containsEntry("retryable", false);
    }

    private static Map<String, Object> body(APIGatewayV2HTTPResponse response) {
        try {
            return context.getBean(JsonMapper.class).readValue(response.getBody(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A request of a real route, so the answer is also held to docs/openapi.yaml (ContractCheckedHttpApi). */
    private static APIGatewayV2HTTPEvent onRoute() {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRouteKey("POST /tickets");
        return event;
    }
}
