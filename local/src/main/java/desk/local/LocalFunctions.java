package desk.local;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import desk.devkit.FunctionProperties;
import desk.devkit.SamTemplate;

/**
 * Every function of the template, each with its pool of execution environments
 * ({@link FunctionEnvironments}), started on first use. Events and responses cross as JSON, as
 * with Lambda's Invoke API: a handler gets its own copy of the event, read into its declared
 * input type, and its caller a copy of the response.
 *
 * <p>A function without {@code ReservedConcurrentExecutions} gets at most
 * {@value #DEFAULT_MAX_ENVIRONMENTS} environments, or the system property
 * {@value #MAX_ENVIRONMENTS_PROPERTY} when set.
 */
final class LocalFunctions implements AutoCloseable {

    static final String MAX_ENVIRONMENTS_PROPERTY = "desk.local.max-environments";
    static final int DEFAULT_MAX_ENVIRONMENTS = 16;

    private final SamTemplate template;
    private final Map<String, Object> localProperties;
    private final Clock clock;
    private final PrintStream log;
    private final int defaultMaxEnvironments;
    private final EventJson json = new EventJson();
    private final Map<String, FunctionEnvironments> functions = new ConcurrentHashMap<>();

    /** @param standIns properties besides the template's for every function: where the local stand-ins of AWS services listen */
    LocalFunctions(SamTemplate template, URI dynamoEndpoint, Map<String, Object> standIns, Clock clock, PrintStream log) {
        this(template, dynamoEndpoint, standIns, clock, log, Integer.getInteger(MAX_ENVIRONMENTS_PROPERTY, DEFAULT_MAX_ENVIRONMENTS));
    }

    LocalFunctions(SamTemplate template, URI dynamoEndpoint, Map<String, Object> standIns, Clock clock, PrintStream log,
                   int defaultMaxEnvironments) {
        if (defaultMaxEnvironments < 1) {
            throw new IllegalArgumentException("At least one environment per function, not " + defaultMaxEnvironments);
        }
        this.template = template;
        Map<String, Object> local = new LinkedHashMap<>(FunctionProperties.localProperties(dynamoEndpoint));
        local.putAll(standIns);
        this.localProperties = Map.copyOf(local);
        this.clock = clock;
        this.log = log;
        this.defaultMaxEnvironments = defaultMaxEnvironments;
    }

    /**
     * The event goes to the handler as JSON; the response comes back read as the handler's declared
     * output type ({@code null} for none). Give an event payload that is already JSON text to
     * {@link #invokeJson} instead: here a {@code String} is a JSON string.
     */
    Object invoke(String functionLogicalId, Object event) {
        FunctionEnvironments function = environments(functionLogicalId);
        return json.read(function.invoke(json.write(event)), function.handlerClass().output());
    }

    /** As Lambda's Invoke API: a JSON payload in, the handler's response as JSON out ({@code "null"} for none). */
    String invokeJson(String functionLogicalId, String eventJson) {
        return environments(functionLogicalId).invoke(eventJson);
    }

    private FunctionEnvironments environments(String functionLogicalId) {
        return functions.computeIfAbsent(functionLogicalId, id -> new FunctionEnvironments(template, template.function(id),
                ConcurrencyLimit.of(template, id, defaultMaxEnvironments), localProperties, json, clock, log));
    }

    @Override
    public void close() {
        functions.values().forEach(FunctionEnvironments::close);
        functions.clear();
    }
}
