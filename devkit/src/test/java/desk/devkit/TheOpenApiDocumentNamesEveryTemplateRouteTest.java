package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.yaml} describes exactly the HTTP API of {@code template.yaml}: a route added
 * to the template without documentation, or documented but not in the template, fails here. The
 * answers of the handler tests are held to it by http-api's test {@code ContractCheckedHttpApi}.
 */
class TheOpenApiDocumentNamesEveryTemplateRouteTest {

    private final SamTemplate template = SamTemplate.locate();
    private final OpenApiContract contract = OpenApiContract.locate();

    @Test
    void every_route_of_the_template_is_documented_and_the_document_names_no_other() {
        Set<String> templateRoutes = template.httpRoutes().stream().map(HttpRoute::routeKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = contract.routeKeys();

        Set<String> undocumented = new TreeSet<>(templateRoutes);
        undocumented.removeAll(documented);
        Set<String> notInTemplate = new TreeSet<>(documented);
        notInTemplate.removeAll(templateRoutes);

        assertThat(undocumented)
                .as("routes of %s that %s does not document", template.file(), contract.file())
                .isEmpty();
        assertThat(notInTemplate)
                .as("routes %s documents that %s does not have", contract.file(), template.file())
                .isEmpty();
    }

    @Test
    void every_route_documents_its_errors_in_the_common_format() {
        assertThat(contract.routeKeys()).allSatisfy(route ->
                assertThat(contract.statuses(route)).as(route).contains("401", "403", "500", "503"));
    }

    @Test
    void every_documented_answer_has_a_schema_that_compiles() {
        assertThat(contract.routeKeys()).allSatisfy(route -> contract.statuses(route).forEach(status ->
                assertThat(problems(route, Answer.of(Integer.parseInt(status), "{}")))
                        .noneMatch(problem -> problem.contains("does not document"))));
    }

    @Test
    void an_answer_with_an_undocumented_status_fails_with_the_route_and_the_documented_ones() {
        assertThatThrownBy(() -> contract.check("GET /tickets/{id}", 418, Map.of(), "{}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /tickets/{id} answered 418, which docs/openapi.yaml does not document for it")
                .hasMessageContaining("200");
    }

    @Test
    void an_error_body_outside_the_common_format_fails() {
        assertThat(problems("GET /tickets/{id}", Answer.of(404, "{\"error\":\"not_found\",\"message\":\"Ticket t was not found.\"}")))
                .anyMatch(problem -> problem.contains("required property 'fields' not found"));
        assertThat(problems("GET /tickets/{id}", Answer.of(404,
                "{\"error\":\"not_found\",\"message\":\"Ticket t was not found.\",\"fields\":[],\"retryable\":false}")))
                .isEmpty();
    }

    @Test
    void the_gateways_own_answers_are_documented() {
        assertThat(problems("PUT /accounts/{id}", Answer.of(403, "{\"message\":\"Forbidden\"}"))).isEmpty();
        assertThat(problems("GET /queue", Answer.of(401, "{\"message\":\"Unauthorized\"}"))).isEmpty();
    }

    @Test
    void a_503_must_say_when_to_retry() {
        String body = "{\"error\":\"service_unavailable\",\"message\":\"busy\",\"fields\":[],\"retryable\":true}";
        assertThat(problems("POST /tickets", Answer.of(503, body)))
                .containsExactly("POST /tickets answered 503 without its required header Retry-After");
        assertThat(problems("POST /tickets", Answer.of(503, body, Map.of("Retry-After", "1")))).isEmpty();
    }

    @Test
    void a_status_conflict_names_the_status_and_where_it_may_go() {
        assertThat(problems("POST /tickets/{id}/status", Answer.of(409,
                "{\"error\":\"status_conflict\",\"message\":\"m\",\"fields\":[{\"field\":\"status\",\"problem\":\"p\"}],"
                        + "\"retryable\":false,\"status\":\"CLOSED\",\"allowedStatuses\":[]}"))).isEmpty();
        assertThat(problems("POST /tickets/{id}/status", Answer.of(409,
                "{\"error\":\"status_conflict\",\"message\":\"m\",\"fields\":[],\"retryable\":false,\"status\":\"GONE\",\"allowedStatuses\":[]}")))
                .isNotEmpty();
    }

    private List<String> problems(String route, Answer answer) {
        return contract.problems(route, answer.status(), answer.headers(), answer.body());
    }

    /** An answer as a function gives it. */
    private record Answer(int status, Map<String, String> headers, String body) {
        static Answer of(int status, String body) {
            return new Answer(status, Map.of(), body);
        }

        static Answer of(int status, String body, Map<String, String> headers) {
            return new Answer(status, headers, body);
        }
    }
}
