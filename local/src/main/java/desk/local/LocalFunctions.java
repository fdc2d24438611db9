package desk.local;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import desk.devkit.SamTemplate;

/**
 * Every function of the template, each with its pool of execution environments
 * ({@link FunctionEnvironments}), started on first use.
 *
 * <p>A function without {@code ReservedConcurrentExecutions} gets at most
 * {@value #DEFAULT_MAX_ENVIRONMENTS} environments, or the system property
 * {@value #MAX_ENVIRONMENTS_PROPERTY} when set.
 */
final class LocalFunctions implements AutoCloseable {

    static final String MAX_ENVIRONMENTS_PROPERTY = "desk.local.max-environments";
    static final int DEFAULT_MAX_ENVIRONMENTS = 16;

    private final SamTemplate template;
    private final URI dynamoEndpoint;
    private final Clock clock;
    private final PrintStream log;
    private final int defaultMaxEnvironments;
    private final Map<String, FunctionEnvironments> functions = new ConcurrentHashMap<>();

    LocalFunctions(SamTemplate template, URI dynamoEndpoint, Clock clock, PrintStream log) {
        this(template, dynamoEndpoint, clock, log, Integer.getInteger(MAX_ENVIRONMENTS_PROPERTY, DEFAULT_MAX_ENVIRONMENTS));
    }

    LocalFunctions(SamTemplate template, URI dynamoEndpoint, Clock clock, PrintStream log, int defaultMaxEnvironments) {
        if (defaultMaxEnvironments < 1) {
            throw new IllegalArgumentException("At least one environment per function, not " + defaultMaxEnvironments);
        }
        this.template = template;
        this.dynamoEndpoint = dynamoEndpoint;
        this.clock = clock;
        this.log = log;
        this.defaultMaxEnvironments = defaultMaxEnvironments;
    }

    Object invoke(String functionLogicalId, Object event) {
        return environments(functionLogicalId).invoke(event);
    }

    private FunctionEnvironments environments(String functionLogicalId) {
        return functions.computeIfAbsent(functionLogicalId, id -> new FunctionEnvironments(template, template.function(id),
                ConcurrencyLimit.of(template, id, defaultMaxEnvironments), dynamoEndpoint, clock, log));
    }

    @Override
    public void close() {
        functions.values().forEach(FunctionEnvironments::close);
        functions.clear();
    }
}
