package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import desk.devkit.SamTemplate;
import desk.local.fixture.GatedHandler;

/**
 * Lambda runs one request per execution environment and starts another when all are busy:
 * concurrent requests to one function overlap, idle environments are reused, and a function's
 * reserved concurrency caps them (locally by waiting, where Lambda would throttle).
 */
class EachRequestHasAnEnvironmentToItselfTest {

    /** Nothing here talks to DynamoDB; the functions only need some endpoint. */
    private static final URI NO_DATABASE = URI.create("http://127.0.0.1:9");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private SamTemplate template;

    @BeforeEach
    void closeTheGate() {
        template = FixtureTemplate.in(dir, "environments-fixture-template.yaml");
        GatedHandler.closeGate();
    }

    @AfterEach
    void openTheGate() {
        GatedHandler.openGate();
        callers.shutdownNow();
    }

    @Test
    void concurrent_requests_run_in_concurrent_environments() throws Exception {
        try (LocalFunctions functions = functions(16)) {
            List<Future<Object>> answers = invokeConcurrently(functions, "GatedFunction", 4);

            awaitTrue("four invocations inside the handler at once", () -> GatedHandler.inside() == 4);
            GatedHandler.openGate();

            assertThat(handlersThatAnswered(answers)).hasSize(4);
            assertThat(GatedHandler.built()).isEqualTo(4);
            assertThat(count("INIT GatedFunction environment \\d+ ")).isEqualTo(4);
        }
    }

    @Test
    void an_idle_environment_is_reused_without_another_cold_start() throws Exception {
        GatedHandler.openGate();
        try (LocalFunctions functions = functions(16)) {
            List<Object> handlers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                handlers.add(((Map<?, ?>) functions.invoke("GatedFunction", Map.of("call", i))).get("handler"));
            }

            assertThat(handlers).containsOnly(handlers.getFirst());
            assertThat(count("INIT GatedFunction ")).isEqualTo(1);
            assertThat(count("START RequestId: \\S+ Function: GatedFunction Environment: 1")).isEqualTo(3);
        }
    }

    @Test
    void a_function_never_has_more_environments_than_its_reserved_concurrency() throws Exception {
        try (LocalFunctions functions = functions(16)) {
            List<Future<Object>> answers = invokeConcurrently(functions, "CappedFunction", 4);

            awaitTrue("two invocations inside and two waiting",
                    () -> GatedHandler.inside() == 2 && count("CappedFunction: all 2 environments are busy; waiting") == 2);
            GatedHandler.openGate();

            assertThat(handlersThatAnswered(answers)).hasSize(2);
            assertThat(GatedHandler.mostInside()).isEqualTo(2);
        }
    }

    @Test
    void without_reserved_concurrency_the_local_cap_applies() throws Exception {
        try (LocalFunctions functions = functions(3)) {
            List<Future<Object>> answers = invokeConcurrently(functions, "GatedFunction", 5);

            awaitTrue("three invocations inside and two waiting",
                    () -> GatedHandler.inside() == 3 && count("GatedFunction: all 3 environments are busy; waiting") == 2);
            GatedHandler.openGate();

            assertThat(handlersThatAnswered(answers)).hasSize(3);
            assertThat(GatedHandler.mostInside()).isEqualTo(3);
        }
    }

    @Test
    void closing_the_functions_closes_every_environment() throws Exception {
        LocalFunctions functions = functions(16);
        List<Future<Object>> answers = invokeConcurrently(functions, "GatedFunction", 3);
        awaitTrue("three invocations inside the handler at once", () -> GatedHandler.inside() == 3);
        GatedHandler.openGate();
        handlersThatAnswered(answers);

        functions.close();

        assertThat(GatedHandler.closed()).isEqualTo(3);
    }

    private LocalFunctions functions(int defaultMaxEnvironments) {
        return new LocalFunctions(template, NO_DATABASE, java.util.Map.of(), Clock.systemUTC(),
                new PrintStream(logged, true, StandardCharsets.UTF_8), defaultMaxEnvironments);
    }

    private List<Future<Object>> invokeConcurrently(LocalFunctions functions, String functionId, int requests) {
        List<Future<Object>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            Map<String, Object> event = Map.of("call", i);
            answers.add(callers.submit(() -> functions.invoke(functionId, event)));
        }
        return answers;
    }

    /** The handler instances (one per environment) that answered, once every answer is in. */
    private static List<Object> handlersThatAnswered(List<Future<Object>> answers) throws Exception {
        List<Object> handlers = new ArrayList<>();
        for (Future<Object> answer : answers) {
            handlers.add(((Map<?, ?>) answer.get(60, TimeUnit.SECONDS)).get("handler"));
        }
        return handlers.stream().distinct().toList();
    }

    private int count(String regex) {
        return (int) Pattern.compile(regex).matcher(logged.toString(StandardCharsets.UTF_8)).results().count();
    }

    private void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for %s; log so far:%n%s", what, logged.toString(StandardCharsets.UTF_8))
                    .isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
