package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.RequestHandler;

import desk.devkit.HttpRoute;
import desk.devkit.SamFunction;
import desk.devkit.SamTemplate;
import desk.devkit.TableDefinition;

/**
 * The repository's real template.yaml against the code: what {@code sam deploy} would only find
 * out in AWS. Fails until every handler the template names is built into the local classpath.
 */
class TemplateConsistencyTest {

    private final SamTemplate template = SamTemplate.locate();

    @Test
    void everyHandlerIsARequestHandlerOnTheClasspath() {
        List<String> problems = new ArrayList<>();
        for (SamFunction function : template.functions()) {
            try {
                Class<?> handler = Class.forName(function.handlerClass(), false, getClass().getClassLoader());
                if (!RequestHandler.class.isAssignableFrom(handler)) {
                    problems.add(function.logicalId() + ": " + function.handlerClass() + " is not a RequestHandler");
                }
                // Lambda needs the no-argument constructor; tests and ./desk pass their own context.
                for (Class<?>[] parameters : List.of(new Class<?>[0], new Class<?>[] {io.micronaut.context.ApplicationContext.class})) {
                    try {
                        handler.getConstructor(parameters);
                    } catch (NoSuchMethodException e) {
                        problems.add(function.logicalId() + ": " + function.handlerClass() + " lacks a public constructor "
                                + java.util.Arrays.toString(parameters));
                    }
                }
            } catch (ClassNotFoundException e) {
                problems.add(function.logicalId() + ": " + function.handlerClass() + " is not on the classpath");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyHttpApiEventRefersToAnHttpApiOfTheTemplate() {
        assertThat(template.httpRoutes())
                .allSatisfy(route -> assertThat(template.httpApis())
                        .as("ApiId of %s (%s)", route.routeKey(), route.functionLogicalId())
                        .contains(route.apiId()));
    }

    @Test
    void noTwoEventsShareARouteKeyOnTheSameApi() {
        Map<String, String> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (HttpRoute route : template.httpRoutes()) {
            String key = route.apiId() + " " + route.routeKey();
            String previous = seen.putIfAbsent(key, route.functionLogicalId());
            if (previous != null) {
                duplicates.add(route.routeKey() + " on " + route.apiId() + ": " + previous + " and " + route.functionLogicalId());
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyStreamEventReadsATableWithAStreamAndTheLocalRuntimeCanApplyItsFilters() {
        assertThat(template.streamEventSources()).allSatisfy(source -> {
            TableDefinition table = template.tables().stream()
                    .filter(t -> t.logicalId().equals(source.tableLogicalId())).findFirst().orElseThrow();
            assertThat(table.properties()).as("%s reads the stream of %s", source.id(), table.logicalId())
                    .containsKey("StreamSpecification");
            assertThat(source.filterPatterns()).allSatisfy(EventPattern::parse);
        });
    }

    @Test
    void everyStreamEventReportsItemFailuresAndHasAnOnFailureDestinationInTheTemplate() {
        // Without both, one bad record would either hold its shard until it leaves the stream or vanish.
        assertThat(template.streamEventSources()).isNotEmpty().allSatisfy(source -> {
            assertThat(source.reportBatchItemFailures()).as("%s reports batch item failures", source.id()).isTrue();
            assertThat(source.maximumRetryAttempts()).as("%s bounds its retries", source.id()).isNotNegative();
            assertThat(source.onFailureDestination()).as("%s has an OnFailure destination", source.id())
                    .hasValueSatisfying(destination -> assertThat(template.resources()).containsKey(destination));
        });
    }

    @Test
    void everyCodeUriPointsIntoAnExistingModuleFolder() {
        assertThat(template.functions()).allSatisfy(function -> {
            assertThat(function.codeUri()).as("CodeUri of %s", function.logicalId()).isNotBlank();
            assertThat(moduleFolder(function.codeUri()))
                    .as("module folder of %s's CodeUri %s", function.logicalId(), function.codeUri())
                    .isDirectory();
        });
    }

    /** {@code functions/x/target/x-lambda.jar} lives in module {@code functions/x}: the part before target/. */
    private Path moduleFolder(String codeUri) {
        int target = codeUri.indexOf("/target/");
        Path module = template.directory().resolve(target < 0 ? codeUri : codeUri.substring(0, target));
        return Files.isRegularFile(module) ? module.getParent() : module;
    }
}
