package desk.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SAM template as the local tooling needs it: functions, their HTTP routes, schedules,
 * stream, S3 and EventBridge rule event sources, their asynchronous invocation settings, the
 * DynamoDB tables, the buckets, the SES receipt rules and the event buses. Read-only; {@link #withParameters} gives a copy with parameter values.
 */
public final class SamTemplate {

    public static final String FILE_NAME = "template.yaml";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, Object> root;
    private static final java.util.regex.Pattern SECRET_REFERENCE =
            java.util.regex.Pattern.compile("\\{\\{resolve:secretsmanager:([^:}]+)(?::SecretString)?}}");

    private final Map<String, String> parameterValues;
    private final Map<String, String> secretValues;

    private SamTemplate(Path file, Map<String, Object> root, Map<String, String> parameterValues,
                        Map<String, String> secretValues) {
        this.file = file;
        this.root = root;
        this.parameterValues = Map.copyOf(parameterValues);
        this.secretValues = Map.copyOf(secretValues);
    }

    public static SamTemplate load(Path file) {
        try {
            String text = Files.readString(file);
            Object parsed = new Yaml(new CloudFormationConstructor()).load(text);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + " is not a YAML mapping");
            }
            return new SamTemplate(file.toAbsolutePath().normalize(), asMap(map), Map.of(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The nearest {@code template.yaml} from the working directory upwards (module tests run in the module). */
    public static SamTemplate locate() {
        return load(locateFrom(Path.of(System.getProperty("user.dir"))));
    }

    static Path locateFrom(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + FILE_NAME + " in " + start + " or any parent folder");
    }

    /** A copy whose {@code Ref}s to these parameters resolve to the given values instead of their defaults. */
    public SamTemplate withParameters(Map<String, String> values) {
        Map<String, String> merged = new LinkedHashMap<>(parameterValues);
        merged.putAll(values);
        return new SamTemplate(file, root, merged, secretValues);
    }

    /**
     * A copy whose environment values resolve the dynamic references
     * {@code {{resolve:secretsmanager:<name>}}} to the given secret strings, by secret name, as
     * CloudFormation resolves them at deployment.
     */
    public SamTemplate withSecrets(Map<String, String> valuesByName) {
        Map<String, String> merged = new LinkedHashMap<>(secretValues);
        merged.putAll(valuesByName);
        return new SamTemplate(file, root, parameterValues, merged);
    }

    /**
     * The {@code AWS::SecretsManager::Secret} resources, by the name a dynamic reference uses: the
     * {@code Name} when written out, else the logical id. Each with its raw {@code Properties}.
     */
    public Map<String, Map<String, Object>> secrets() {
        Map<String, Map<String, Object>> secrets = new LinkedHashMap<>();
        resources("AWS::SecretsManager::Secret").forEach((id, resource) -> {
            Map<String, Object> properties = asMap(resource.get("Properties"));
            Object name = properties.get("Name");
            secrets.put(name == null ? id : text("Secret " + id + " Name", name), properties);
        });
        return secrets;
    }

    public Path file() {
        return file;
    }

    /** The folder holding the template: CodeUri paths are relative to it. */
    public Path directory() {
        return file.getParent();
    }

    public List<SamFunction> functions() {
        List<SamFunction> functions = new ArrayList<>();
        resources("AWS::Serverless::Function").forEach((id, resource) -> functions.add(function(id, resource)));
        return List.copyOf(functions);
    }

    public SamFunction function(String logicalId) {
        return findFunction(logicalId).orElseThrow(() -> new IllegalArgumentException(
                "No AWS::Serverless::Function " + logicalId + " in " + file));
    }

    public Optional<SamFunction> findFunction(String logicalId) {
        Map<String, Object> resource = resources("AWS::Serverless::Function").get(logicalId);
        return Optional.ofNullable(resource).map(r -> function(logicalId, r));
    }

    public List<HttpRoute> httpRoutes() {
        List<HttpRoute> routes = new ArrayList<>();
        for (SamFunction function : functions()) {
            for (FunctionEvent event : function.events()) {
                if (event.type().equals("HttpApi")) {
                    Map<String, Object> p = event.properties();
                    String method = String.valueOf(p.getOrDefault("Method", "ANY")).toUpperCase(java.util.Locale.ROOT);
                    String path = String.valueOf(p.getOrDefault("Path", "$default"));
                    routes.add(new HttpRoute(method, path, function.logicalId(), apiId(p.get("ApiId"))));
                }
            }
        }
        return List.copyOf(routes);
    }

    public List<Schedule> schedules() {
        List<Schedule> schedules = new ArrayList<>();
        for (SamFunction function : functions()) {
            for (FunctionEvent event : function.events()) {
                if (event.type().equals("Schedule") || event.type().equals("ScheduleV2")) {
                    Object expression = event.properties().get("Schedule");
                    if (expression == null) {
                        expression = event.properties().get("ScheduleExpression");
                    }
                    schedules.add(new Schedule(function.logicalId(), event.name(), String.valueOf(expression)));
                }
            }
        }
        return List.copyOf(schedules);
    }

    /**
     * The functions' {@code DynamoDB} events. Each must name its stream as
     * {@code !GetAtt <Table>.StreamArn} of a table of this template: there is no other stream locally.
     */
    public List<StreamEventSource> streamEventSources() {
        List<StreamEventSource> sources = new ArrayList<>();
        for (SamFunction function : functions()) {
            for (FunctionEvent event : function.events()) {
                if (event.type().equals("DynamoDB")) {
                    sources.add(streamEventSource(function.logicalId(), event));
                }
            }
        }
        return List.copyOf(sources);
    }

    /**
     * The functions' {@code S3} events. Each must name a bucket of this template
     * ({@code Bucket: !Ref <Bucket>}), as SAM requires.
     */
    public List<S3EventSource> s3EventSources() {
        List<S3EventSource> sources = new ArrayList<>();
        for (SamFunction function : functions()) {
            for (FunctionEvent event : function.events()) {
                if (event.type().equals("S3")) {
                    sources.add(s3EventSource(function.logicalId(), event));
                }
            }
        }
        return List.copyOf(sources);
    }

    /** The functions' {@code EventBridgeRule} events. */
    public List<EventBridgeRuleSource> eventBridgeRules() {
        List<EventBridgeRuleSource> rules = new ArrayList<>();
        for (SamFunction function : functions()) {
            for (FunctionEvent event : function.events()) {
                if (event.type().equals("EventBridgeRule")) {
                    rules.add(eventBridgeRule(function.logicalId(), event));
                }
            }
        }
        return List.copyOf(rules);
    }

    /** The function's {@code EventInvokeConfig} (its own, else Globals'), with Lambda's defaults for what it leaves out. */
    public AsyncInvokeConfig asyncInvokeConfig(String functionLogicalId) {
        function(functionLogicalId); // refuses an unknown function
        Map<String, Object> own = asMap(asMap(resources().get(functionLogicalId)).get("Properties"));
        Object config = own.containsKey("EventInvokeConfig") ? own.get("EventInvokeConfig")
                : asMap(asMap(root.get("Globals")).get("Function")).get("EventInvokeConfig");
        Map<String, Object> c = asMap(config);
        Object destination = asMap(asMap(asMap(c.get("DestinationConfig")).get("OnFailure"))).get("Destination");
        return new AsyncInvokeConfig(intValue(c.get("MaximumRetryAttempts"), AsyncInvokeConfig.DEFAULT_MAXIMUM_RETRY_ATTEMPTS),
                intValue(c.get("MaximumEventAgeInSeconds"), AsyncInvokeConfig.DEFAULT_MAXIMUM_EVENT_AGE_SECONDS),
                Optional.ofNullable(referencedResource(destination)));
    }

    /** The {@code AWS::S3::Bucket} resources, each with its local name. */
    public List<BucketDefinition> buckets() {
        return resources("AWS::S3::Bucket").entrySet().stream()
                .map(bucket -> new BucketDefinition(bucket.getKey(), bucketName(bucket.getKey(), bucket.getValue())))
                .toList();
    }

    /** The local name of a bucket of this template. */
    public String bucketName(String logicalId) {
        Map<String, Object> resource = resources("AWS::S3::Bucket").get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("No AWS::S3::Bucket " + logicalId + " in " + file);
        }
        return bucketName(logicalId, resource);
    }

    /**
     * The {@code AWS::SES::ReceiptRule}s that store mail in a bucket of this template (an
     * {@code S3Action}); rules without one are left out. Recipients may be plain text, a
     * {@code Ref} to a parameter or a {@code Fn::Sub} of parameters.
     */
    public List<ReceiptRule> receiptRules() {
        List<ReceiptRule> rules = new ArrayList<>();
        resources("AWS::SES::ReceiptRule").forEach((id, resource) -> {
            Map<String, Object> rule = asMap(asMap(resource.get("Properties")).get("Rule"));
            for (Object action : asList(rule.get("Actions"))) {
                Map<String, Object> s3 = asMap(asMap(action).get("S3Action"));
                if (s3.isEmpty()) {
                    continue;
                }
                String bucket = Optional.ofNullable(referencedResource(s3.get("BucketName")))
                        .filter(ref -> resources("AWS::S3::Bucket").containsKey(ref))
                        .orElseThrow(() -> new IllegalStateException("Receipt rule " + id + ": S3Action.BucketName must be"
                                + " !Ref <Bucket> of a bucket in " + file.getFileName() + " to run locally, not " + s3.get("BucketName")));
                List<String> recipients = asList(rule.get("Recipients")).stream()
                        .map(recipient -> text(id + " Recipients", recipient)).toList();
                rules.add(new ReceiptRule(id, recipients, !"false".equals(String.valueOf(rule.getOrDefault("Enabled", "true"))),
                        "true".equals(String.valueOf(rule.getOrDefault("ScanEnabled", "false"))), bucket,
                        s3.get("ObjectKeyPrefix") == null ? "" : text(id + " ObjectKeyPrefix", s3.get("ObjectKeyPrefix"))));
            }
        });
        return List.copyOf(rules);
    }

    /** The local names of the {@code AWS::Events::EventBus} resources (see {@link #eventBusName}). */
    public List<String> eventBuses() {
        return resources("AWS::Events::EventBus").entrySet().stream()
                .map(bus -> eventBusName(bus.getKey(), bus.getValue()))
                .toList();
    }

    public List<TableDefinition> tables() {
        List<TableDefinition> tables = new ArrayList<>();
        resources("AWS::DynamoDB::Table").forEach((id, resource) -> tables.add(new TableDefinition(id, asMap(resource.get("Properties")))));
        return List.copyOf(tables);
    }

    /** Logical ids of the {@code AWS::Serverless::HttpApi} resources. */
    public List<String> httpApis() {
        return List.copyOf(resources("AWS::Serverless::HttpApi").keySet());
    }

    /** A top-level section (Parameters, Conditions, Mappings, Outputs...), raw, empty if absent. */
    public Map<String, Object> section(String name) {
        return asMap(root.get(name));
    }

    /** Every resource, raw (long-form intrinsics), by logical id. */
    public Map<String, Map<String, Object>> resources() {
        Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
        asMap(root.get("Resources")).forEach((id, resource) -> resources.put(id, asMap(resource)));
        return resources;
    }

    private Map<String, Map<String, Object>> resources(String type) {
        Map<String, Map<String, Object>> matching = new LinkedHashMap<>();
        resources().forEach((id, resource) -> {
            if (type.equals(resource.get("Type"))) {
                matching.put(id, resource);
            }
        });
        return matching;
    }

    private SamFunction function(String id, Map<String, Object> resource) {
        Map<String, Object> globals = asMap(asMap(root.get("Globals")).get("Function"));
        Map<String, Object> own = asMap(resource.get("Properties"));
        Map<String, Object> merged = new LinkedHashMap<>(globals);
        merged.putAll(own);

        // Environment variables merge key by key: the function's win over Globals'.
        Map<String, Object> variables = new LinkedHashMap<>(asMap(asMap(globals.get("Environment")).get("Variables")));
        variables.putAll(asMap(asMap(own.get("Environment")).get("Variables")));
        Map<String, String> environment = new LinkedHashMap<>();
        variables.forEach((name, value) -> environment.put(name, resolve(id, name, value)));

        String handler = String.valueOf(merged.get("Handler"));
        int methodSeparator = handler.indexOf("::");
        String handlerClass = methodSeparator < 0 ? handler : handler.substring(0, methodSeparator);

        List<FunctionEvent> events = new ArrayList<>();
        asMap(own.get("Events")).forEach((name, event) -> {
            Map<String, Object> e = asMap(event);
            events.add(new FunctionEvent(name, String.valueOf(e.get("Type")), asMap(e.get("Properties"))));
        });
        return new SamFunction(id, handlerClass,
                merged.get("CodeUri") == null ? null : String.valueOf(merged.get("CodeUri")),
                intValue(merged.get("Timeout"), 3), intValue(merged.get("MemorySize"), 128),
                environment, events);
    }

    /** A value usable outside AWS: scalars as text, a table's Ref as its local name, a parameter's as its value. */
    private String resolve(String functionId, String variable, Object value) {
        if (value instanceof Map<?, ?> intrinsic && intrinsic.size() == 1 && intrinsic.get("Ref") instanceof String ref) {
            Optional<String> resolved = resolveRef(ref);
            if (resolved.isPresent()) {
                return resolved.get();
            }
            throw new IllegalStateException("Function " + functionId + ", environment variable " + variable
                    + ": cannot resolve {Ref: " + ref + "} locally (neither a DynamoDB table, an event bus, a bucket, a parameter"
                    + " with a Default or a passed value, nor a known pseudo parameter)");
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalStateException("Function " + functionId + ", environment variable " + variable
                    + ": cannot resolve " + value + " locally; only plain values and Ref are supported");
        }
        return value == null ? "" : resolveSecrets(String.valueOf(value));
    }

    /** Dynamic references to secrets given by {@link #withSecrets}, resolved; others left as written. */
    private String resolveSecrets(String value) {
        java.util.regex.Matcher reference = SECRET_REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String secret = secretValues.get(reference.group(1));
            reference.appendReplacement(resolved, java.util.regex.Matcher.quoteReplacement(secret == null ? reference.group() : secret));
        }
        return reference.appendTail(resolved).toString();
    }

    private Optional<String> resolveRef(String ref) {
        Map<String, Object> resource = resources().get(ref);
        if (resource != null) {
            return switch (String.valueOf(resource.get("Type"))) {
                case "AWS::DynamoDB::Table" -> Optional.of(ref);
                case "AWS::Events::EventBus" -> Optional.of(eventBusName(ref, resource));
                case "AWS::S3::Bucket" -> Optional.of(bucketName(ref, resource));
                default -> Optional.empty();
            };
        }
        if (parameterValues.containsKey(ref)) {
            return Optional.of(parameterValues.get(ref));
        }
        Map<String, Object> parameter = asMap(asMap(root.get("Parameters")).get(ref));
        if (parameter.containsKey("Default")) {
            return Optional.of(String.valueOf(parameter.get("Default")));
        }
        return Optional.ofNullable(switch (ref) {
            case "AWS::Region" -> LocalAws.REGION.id();
            case "AWS::AccountId" -> LocalAws.ACCOUNT_ID;
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            case "AWS::StackName" -> "desk-local";
            default -> null;
        });
    }

    /** A bus's {@code Ref} is its name: the {@code Name} when it is plain text, else (a !Sub, say) the logical id. */
    private static String eventBusName(String logicalId, Map<String, Object> resource) {
        Object name = asMap(resource.get("Properties")).get("Name");
        return name instanceof String text && !text.isBlank() ? text : logicalId;
    }

    private StreamEventSource streamEventSource(String functionId, FunctionEvent event) {
        Map<String, Object> p = event.properties();
        String table = streamTable(p.get("Stream"))
                .filter(id -> "AWS::DynamoDB::Table".equals(resources().getOrDefault(id, Map.of()).get("Type")))
                .orElseThrow(() -> new IllegalStateException("Function " + functionId + ", event " + event.name()
                        + ": Stream must be !GetAtt <Table>.StreamArn of a table in " + file.getFileName()
                        + " to run locally, not " + p.get("Stream")));
        List<String> patterns = new ArrayList<>();
        for (Object filter : asList(asMap(p.get("FilterCriteria")).get("Filters"))) {
            Object pattern = asMap(filter).get("Pattern");
            if (pattern != null) {
                patterns.add(String.valueOf(pattern));
            }
        }
        Object destination = asMap(asMap(p.get("DestinationConfig")).get("OnFailure")).get("Destination");
        return new StreamEventSource(functionId, event.name(), table,
                String.valueOf(p.getOrDefault("StartingPosition", "LATEST")),
                intValue(p.get("BatchSize"), 100),
                intValue(p.get("MaximumBatchingWindowInSeconds"), 0),
                patterns,
                asList(p.get("FunctionResponseTypes")).contains("ReportBatchItemFailures"),
                Boolean.parseBoolean(String.valueOf(p.getOrDefault("BisectBatchOnFunctionError", "false"))),
                intValue(p.get("MaximumRetryAttempts"), -1),
                intValue(p.get("MaximumRecordAgeInSeconds"), -1),
                Optional.ofNullable(referencedResource(destination)));
    }

    private S3EventSource s3EventSource(String functionId, FunctionEvent event) {
        Map<String, Object> p = event.properties();
        String bucket = Optional.ofNullable(referencedResource(p.get("Bucket")))
                .filter(id -> resources("AWS::S3::Bucket").containsKey(id))
                .orElseThrow(() -> new IllegalStateException("Function " + functionId + ", event " + event.name()
                        + ": Bucket must be !Ref <Bucket> of a bucket in " + file.getFileName() + ", not " + p.get("Bucket")));
        List<String> events = p.get("Events") instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(p.get("Events")));
        Optional<String> prefix = Optional.empty();
        Optional<String> suffix = Optional.empty();
        for (Object rule : asList(asMap(asMap(p.get("Filter")).get("S3Key")).get("Rules"))) {
            String name = String.valueOf(asMap(rule).get("Name")).toLowerCase(java.util.Locale.ROOT);
            String value = String.valueOf(asMap(rule).get("Value"));
            switch (name) {
                case "prefix" -> prefix = Optional.of(value);
                case "suffix" -> suffix = Optional.of(value);
                default -> throw new IllegalStateException("Function " + functionId + ", event " + event.name()
                        + ": S3Key rule " + name + " is not one S3 knows (prefix, suffix)");
            }
        }
        return new S3EventSource(functionId, event.name(), bucket, events, prefix, suffix);
    }

    private EventBridgeRuleSource eventBridgeRule(String functionId, FunctionEvent event) {
        Map<String, Object> p = event.properties();
        String where = "Function " + functionId + ", event " + event.name();
        if (p.containsKey("InputTransformer") || p.containsKey("InputPath")) {
            throw new IllegalStateException(where + ": InputTransformer and InputPath are not supported locally");
        }
        Object bus = p.get("EventBusName");
        String busName = bus == null ? "default" : text(where + " EventBusName", bus);
        int slash = busName.indexOf(":event-bus/");
        if (slash >= 0) {
            busName = busName.substring(slash + ":event-bus/".length());
        }
        String pattern;
        try {
            pattern = JSON.writeValueAsString(p.get("Pattern") instanceof String text ? JSON.readTree(text) : p.get("Pattern"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(where + ": Pattern is not JSON: " + e.getOriginalMessage(), e);
        }
        Map<String, Object> retry = asMap(p.get("RetryPolicy"));
        Map<String, Object> deadLetter = asMap(p.get("DeadLetterConfig"));
        Optional<String> queue = Optional.ofNullable(referencedResource(deadLetter.get("Arn")))
                .or(() -> Optional.ofNullable(deadLetter.get("Type")).map(type -> functionId + event.name() + "Queue"));
        return new EventBridgeRuleSource(functionId, event.name(), busName, pattern,
                p.get("Input") == null ? Optional.empty() : Optional.of(String.valueOf(p.get("Input"))),
                !"DISABLED".equals(String.valueOf(p.getOrDefault("State", "ENABLED"))),
                intValue(retry.get("MaximumRetryAttempts"), EventBridgeRuleSource.DEFAULT_MAXIMUM_RETRY_ATTEMPTS),
                intValue(retry.get("MaximumEventAgeInSeconds"), EventBridgeRuleSource.DEFAULT_MAXIMUM_EVENT_AGE_SECONDS),
                queue);
    }

    /** A bucket's name: its {@code BucketName} resolved, else its logical id in lower case. */
    private String bucketName(String logicalId, Map<String, Object> resource) {
        Object name = asMap(resource.get("Properties")).get("BucketName");
        return name == null ? logicalId.toLowerCase(java.util.Locale.ROOT) : text("Bucket " + logicalId + " BucketName", name);
    }

    /** A text value: plain, a {@code Ref} resolvable locally, or a {@code Fn::Sub} of such {@code Ref}s. */
    private String text(String where, Object value) {
        if (value instanceof Map<?, ?> intrinsic && intrinsic.size() == 1 && intrinsic.get("Ref") instanceof String ref) {
            return resolveRef(ref).orElseThrow(() -> new IllegalStateException(where + ": cannot resolve {Ref: " + ref + "} locally"));
        }
        if (value instanceof Map<?, ?> intrinsic && intrinsic.size() == 1 && intrinsic.get("Fn::Sub") instanceof String template) {
            java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\$\\{([^}!]+)}").matcher(template);
            StringBuilder text = new StringBuilder();
            while (variable.find()) {
                String ref = variable.group(1);
                variable.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(resolveRef(ref).orElseThrow(
                        () -> new IllegalStateException(where + ": cannot resolve ${" + ref + "} locally"))));
            }
            return variable.appendTail(text).toString();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalStateException(where + ": cannot resolve " + value + " locally; only plain values, Ref and Fn::Sub are");
        }
        return String.valueOf(value);
    }

    /** {@code {Fn::GetAtt: [T, StreamArn]}} names table T. */
    private static Optional<String> streamTable(Object stream) {
        if (stream instanceof Map<?, ?> intrinsic && intrinsic.get("Fn::GetAtt") instanceof List<?> getAtt
                && getAtt.size() == 2 && "StreamArn".equals(getAtt.get(1))) {
            return Optional.of(String.valueOf(getAtt.get(0)));
        }
        return Optional.empty();
    }

    /** The logical id behind a {@code Ref} or {@code GetAtt}; null for anything else. */
    private static String referencedResource(Object value) {
        if (value instanceof Map<?, ?> intrinsic) {
            if (intrinsic.get("Ref") instanceof String ref) {
                return ref;
            }
            if (intrinsic.get("Fn::GetAtt") instanceof List<?> getAtt && !getAtt.isEmpty()) {
                return String.valueOf(getAtt.get(0));
            }
        }
        return null;
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String apiId(Object value) {
        if (value == null) {
            return "ServerlessHttpApi";
        }
        if (value instanceof Map<?, ?> intrinsic && intrinsic.get("Ref") instanceof String ref) {
            return ref;
        }
        return String.valueOf(value);
    }

    private static int intValue(Object value, int fallback) {
        return value == null ? fallback : Integer.parseInt(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
