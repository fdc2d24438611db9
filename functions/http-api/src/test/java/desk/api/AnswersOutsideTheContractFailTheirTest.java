package desk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every handler test answers through {@link ContractCheckedHttpApi} (http-api's test jar replaces
 * {@link HttpApi} in their contexts), so an answer {@code docs/openapi.yaml} does not document for
 * the event's route fails the test that caused it, saying why.
 */
class AnswersOutsideTheContractFailTheirTest {
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
    void handler_test_contexts_answer_through_the_contract_checked_api() {
        assertThat(api).isInstanceOf(ContractCheckedHttpApi.class);
    }

    @Test
    void an_undocumented_status_fails_naming_the_route_and_the_documented_ones() {
        assertThatThrownBy(() -> api.respond(on("GET /tickets/{id}"), request -> api.json(418, Map.of("teapot", true))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /tickets/{id} answered 418, which docs/openapi.yaml does not document for it")
                .hasMessageContaining("[200, 400, 401, 403, 404, 500, 503]");
    }

    @Test
    void a_body_that_does_not_match_its_schema_fails_naming_the_property() {
        assertThatThrownBy(() -> api.respond(on("GET /partners/{id}"), request -> api.json(200,
                Map.of("id", "p-1", "name", "Partner", "kind", "RESELLER", "certified", true, "technicalKnowledge", false))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /partners/{id} 200: body/kind")
                .hasMessageContaining("the body was: {");
    }

    @Test
    void an_error_in_the_common_format_passes() {
        assertThat(api.respond(on("GET /partners/{id}"), request -> {
            throw ApiProblem.notFound("Partner p-1");
        }).getStatusCode()).isEqualTo(404);
    }

    private static APIGatewayV2HTTPEvent on(String routeKey) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRouteKey(routeKey);
        return event;
    }
}
