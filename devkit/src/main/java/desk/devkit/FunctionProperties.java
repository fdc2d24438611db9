package desk.devkit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * What a function's Micronaut context sees in Lambda, for a context started by hand.
 *
 * <p>{@link #environment} gives the function's environment variables: the template's
 * {@code Environment.Variables} (Globals merged in, {@code Ref}s resolved) and those Lambda sets
 * for every function. Give them to the context as an environment-variable property source
 * ({@code PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE}): Micronaut then derives every
 * property name it derives in Lambda ({@code DESK_SLA_AT_RISK_SHARE} is
 * {@code desk.sla.at-risk-share} as well as {@code desk.sla.at.risk.share}).
 * {@link #localProperties} holds what only the local setup needs, as plain properties.
 *
 * <p>{@link #of} is the older shortcut for a context built from one map: each variable under its
 * all-dots name only, so a property spelled with a dash is not found through it.
 */
public final class FunctionProperties {

    public static final String DYNAMODB_ENDPOINT = "desk.dynamodb.endpoint";

    /** The log stream name {@link #environment(SamTemplate, String)} gives, where no environment names one. */
    public static final String LOCAL_LOG_STREAM = "local/[$LATEST]local";

    /** Names Lambda sets itself and refuses in a function's configuration (the deployment fails). */
    public static final Set<String> RESERVED_VARIABLES = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "TZ");

    private FunctionProperties() {
    }

    /** The plain property map: each template variable under its all-dots name, and the endpoint. */
    public static Map<String, Object> of(SamTemplate template, String functionLogicalId, URI dynamoEndpoint) {
        Map<String, Object> properties = new LinkedHashMap<>();
        template.function(functionLogicalId).environment()
                .forEach((name, value) -> properties.put(propertyName(name), value));
        properties.putAll(localProperties(dynamoEndpoint));
        return properties;
    }

    /** The function's environment variables as Lambda sets them, in an environment of no particular log stream. */
    public static Map<String, String> environment(SamTemplate template, String functionLogicalId) {
        return environment(template, functionLogicalId, LOCAL_LOG_STREAM);
    }

    /**
     * The function's environment variables as Lambda sets them: the template's, then Lambda's own
     * for an on-demand {@code $LATEST} in the local region and account. Not set: the per-request
     * {@code _X_AMZN_TRACE_ID}, {@code AWS_SESSION_TOKEN} (the local credentials have none) and
     * {@code AWS_LAMBDA_RUNTIME_API} (no runtime API runs locally).
     *
     * @param logStreamName the execution environment's log stream
     * @throws IllegalStateException if the template sets a name Lambda reserves
     */
    public static Map<String, String> environment(SamTemplate template, String functionLogicalId, String logStreamName) {
        SamFunction function = template.function(functionLogicalId);
        List<String> reserved = function.environment().keySet().stream().filter(RESERVED_VARIABLES::contains).sorted().toList();
        if (!reserved.isEmpty()) {
            throw new IllegalStateException("Function " + functionLogicalId + " sets " + reserved
                    + " in its Environment; Lambda reserves these names and the deployment would fail");
        }
        AwsCredentials credentials = LocalAws.CREDENTIALS.resolveCredentials();
        Map<String, String> variables = new LinkedHashMap<>(function.environment());
        Object handler = templateProperty(template, functionLogicalId, "Handler");
        Object runtime = templateProperty(template, functionLogicalId, "Runtime");
        variables.put("_HANDLER", handler == null ? function.handlerClass() : String.valueOf(handler));
        variables.put("AWS_REGION", LocalAws.REGION.id());
        variables.put("AWS_DEFAULT_REGION", LocalAws.REGION.id());
        if (runtime != null) {
            variables.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + runtime);
        }
        variables.put("AWS_LAMBDA_FUNCTION_NAME", functionLogicalId);
        variables.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        variables.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        variables.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        variables.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionLogicalId);
        variables.put("AWS_LAMBDA_LOG_STREAM_NAME", logStreamName);
        variables.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
        variables.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
        variables.put("LAMBDA_TASK_ROOT", "/var/task");
        variables.put("LAMBDA_RUNTIME_DIR", "/var/runtime");
        variables.put("TZ", ":UTC");
        return variables;
    }

    /** What only the local setup adds, as plain properties: the DynamoDB Local endpoint. */
    public static Map<String, Object> localProperties(URI dynamoEndpoint) {
        return Map.of(DYNAMODB_ENDPOINT, dynamoEndpoint.toString());
    }

    static String propertyName(String environmentVariable) {
        return environmentVariable.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** A function property as written in the template, the function's own or else Globals'. */
    private static Object templateProperty(SamTemplate template, String functionLogicalId, String name) {
        Object own = map(map(template.resources().get(functionLogicalId)).get("Properties")).get(name);
        return own != null ? own : map(template.section("Globals").get("Function")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
