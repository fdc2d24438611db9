package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.devkit.HttpRoute;
import desk.devkit.SamTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code events/} names a route of template.yaml and its function answers it
 * without a server error, as {@code ./desk invoke} would run it on the seeded demo data.
 * A sample that drifts from the template (a renamed route, a broken field) fails here.
 */
class EverySampleEventReachesItsFunctionTest {
    private static final SamTemplate TEMPLATE = SamTemplate.locate();
    private static LocalDatabase database;
    private static DeskRuntime runtime;

    @BeforeAll
    static void start() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        database = LocalDatabase.start(0, true, null, quiet);
        database.createTables(TEMPLATE, quiet);
        runtime = new DeskRuntime(TEMPLATE, database, Clock.systemUTC(), quiet);
        runtime.seed();
    }

    @AfterAll
    static void stop() {
        runtime.close();
        database.close();
    }

    static Stream<Path> sampleEvents() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATE.file().toAbsolutePath().getParent().resolve("events"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleEvents")
    void the_sample_names_a_template_route_and_its_function_answers_it(Path file) throws IOException {
        APIGatewayV2HTTPEvent event = runtime.json().read(Files.readString(file), APIGatewayV2HTTPEvent.class);
        List<HttpRoute> routes = TEMPLATE.httpRoutes().stream()
                .filter(route -> (route.method() + " " + route.path()).equals(event.getRouteKey()))
                .toList();

        assertThat(routes).as("routes of template.yaml with key %s", event.getRouteKey()).hasSize(1);
        APIGatewayV2HTTPResponse response = (APIGatewayV2HTTPResponse) runtime.functions().invoke(routes.getFirst().functionLogicalId(), event);
        assertThat(response.getStatusCode()).as(response.getBody()).isBetween(200, 499);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
    }
}
