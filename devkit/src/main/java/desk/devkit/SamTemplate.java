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

/**
 * The SAM template as the local tooling needs it: functions, their HTTP routes, schedules and
 * stream event sources, the DynamoDB tables and the event buses. Read-only; {@link #withParameters} gives a copy with parameter values.
 */
public final class SamTemplate {

    public static final String FILE_NAME = "template.yaml";

    private final Path file;
    private final Map<String, Object> root;
    private final Map<String, String> parameterValues;

    private SamTemplate(Path file, Map<String, Object> root, Map<String, String> parameterValues) {
        this.file = file;
        this.root = root;
        this.parameterValues = Map.copyOf(parameterValues);
    }

    public static SamTemplate load(Path file) {
        try {
            String text = Files.readString(file);
            Object parsed = new Yaml(new CloudFormationConstructor()).load(text);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + " is not a YAML mapping");
            }
            return new SamTemplate(file.toAbsolutePath().normalize(), asMap(map), Map.of());
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
        return new SamTemplate(file, root, merged);
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
                    + ": cannot resolve {Ref: " + ref + "} locally (neither a DynamoDB table, an event bus, a parameter"
                    + " with a Default or a passed value, nor a known pseudo parameter)");
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalStateException("Function " + functionId + ", environment variable " + variable
                    + ": cannot resolve " + value + " locally; only plain values and Ref are supported");
        }
        return value == null ? "" : String.valueOf(value);
    }

    private Optional<String> resolveRef(String ref) {
        Map<String, Object> resource = resources().get(ref);
        if (resource != null) {
            return switch (String.valueOf(resource.get("Type"))) {
                case "AWS::DynamoDB::Table" -> Optional.of(ref);
                case "AWS::Events::EventBus" -> Optional.of(eventBusName(ref, resource));
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
