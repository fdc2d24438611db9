package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import desk.devkit.LocalAws;

/**
 * A function's context resolves its template's environment variables under every property name
 * Micronaut derives from them in Lambda, with Lambda's own variables beside them, and nothing of
 * this machine's environment.
 */
class EnvironmentVariablesBecomePropertiesAsInLambdaTest {

    private static final URI ENDPOINT = URI.create("http://127.0.0.1:9");

    @TempDir
    Path dir;

    private LocalFunctions functions;

    @BeforeEach
    void start() {
        functions = new LocalFunctions(FixtureTemplate.in(dir, "environments-fixture-template.yaml"), ENDPOINT,
                java.util.Map.of(), Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterEach
    void stop() {
        functions.close();
    }

    @Test
    void a_variable_resolves_under_the_dashed_and_the_dotted_names_micronaut_derives() {
        Map<String, String> properties = properties("desk.sla.at-risk-share", "desk.sla.at.risk.share", "desk-sla.at-risk.share");

        assertThat(properties)
                .containsEntry("desk.sla.at-risk-share", "0.5")
                .containsEntry("desk.sla.at.risk.share", "0.5")
                .containsEntry("desk-sla.at-risk.share", "0.5");
    }

    @Test
    void application_properties_apply_where_the_template_sets_nothing() {
        assertThat(properties("desk.sla.target.premium")).containsEntry("desk.sla.target.premium", "PT12H");
    }

    @Test
    void refs_to_a_table_and_a_parameter_still_resolve() {
        assertThat(properties("settings.table.name", "stage"))
                .containsEntry("settings.table.name", "SettingsTable")
                .containsEntry("stage", "dev");
    }

    @Test
    void lambdas_own_variables_are_set_as_in_the_cloud() {
        Map<String, String> properties = properties("aws.region", "aws.default.region", "aws.lambda.function.name",
                "aws.lambda.function.memory-size", "aws.lambda.log.stream.name", "aws.execution.env");

        assertThat(properties)
                .containsEntry("aws.region", LocalAws.REGION.id())
                .containsEntry("aws.default.region", LocalAws.REGION.id())
                .containsEntry("aws.lambda.function.name", "SettingsFunction")
                .containsEntry("aws.lambda.function.memory-size", "512")
                .containsEntry("aws.execution.env", "AWS_Lambda_java25")
                .containsEntry("aws.lambda.log.stream.name", properties.get("logStream"));
    }

    @Test
    void the_context_runs_in_the_environments_a_micronaut_handler_starts_in_lambda() {
        assertThat(properties().get("environments").split(",")).contains("function", "lambda");
    }

    @Test
    void the_local_endpoint_is_a_plain_property() {
        assertThat(properties("desk.dynamodb.endpoint")).containsEntry("desk.dynamodb.endpoint", ENDPOINT.toString());
    }

    @Test
    void this_machines_own_environment_does_not_reach_the_function() {
        assertThat(System.getenv("PATH")).as("the test needs PATH set").isNotNull();

        assertThat(properties("path")).doesNotContainKey("path");
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> properties(String... names) {
        return (Map<String, String>) functions.invoke("SettingsFunction", List.of(names));
    }
}
