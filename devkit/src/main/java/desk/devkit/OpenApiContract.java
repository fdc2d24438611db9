package desk.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API contract, {@code docs/openapi.yaml}, as tests hold answers to it: the routes it
 * names, and whether one answer (status, required headers, JSON body) is one it documents for its
 * route. Bodies are validated with networknt's JSON Schema validator in its OpenAPI 3.1 dialect.
 */
public final class OpenApiContract {

    public static final String DOCUMENT = "docs/openapi.yaml";
    private static final String ID = "https://desk.local/openapi.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Map<Path, OpenApiContract> LOADED = new ConcurrentHashMap<>();

    private final Path file;
    private final JsonNode root;
    private final SchemaRegistry schemas;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiContract(Path file, String text) {
        this.file = file;
        try {
            this.root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(ID, text)).schemaRegistryConfig(config));
    }

    /** The repository's document: {@value #DOCUMENT} beside the nearest {@code template.yaml} upwards. */
    public static OpenApiContract locate() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return load(dir.resolve(DOCUMENT));
            }
        }
        throw new IllegalStateException("No template.yaml in " + System.getProperty("user.dir") + " or any parent folder");
    }

    public static OpenApiContract load(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), path -> {
            try {
                return new OpenApiContract(path, Files.readString(path));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        });
    }

    public Path file() {
        return file;
    }

    /** Every operation the document names, as route keys ({@code POST /tickets/{id}/messages}). */
    public Set<String> routeKeys() {
        Set<String> keys = new TreeSet<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                keys.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return keys;
    }

    /** The statuses the document gives {@code routeKey}. */
    public Set<String> statuses(String routeKey) {
        Set<String> statuses = new TreeSet<>();
        operation(routeKey).ifPresent(op -> op.path("responses").fieldNames().forEachRemaining(statuses::add));
        return statuses;
    }

    /**
     * What is wrong with {@code response} as an answer of {@code routeKey}, or nothing: the route
     * and status must be documented, each required header present, the body valid against the
     * schema of that status.
     */
    public List<String> problems(String routeKey, int statusCode, Map<String, String> responseHeaders, String body) {
        Optional<JsonNode> operation = operation(routeKey);
        if (operation.isEmpty()) {
            return List.of(routeKey + " is not in " + DOCUMENT);
        }
        String status = Integer.toString(statusCode);
        String pointer = operationPointer(routeKey) + "/responses/" + status;
        JsonNode documented = operation.get().path("responses").path(status);
        if (documented.isMissingNode()) {
            return List.of(routeKey + " answered " + status + ", which " + DOCUMENT + " does not document for it (it documents "
                    + statuses(routeKey) + "); body: " + shortened(body));
        }
        if (documented.has("$ref")) {
            pointer = documented.get("$ref").asText().substring(1);
            documented = root.at(pointer);
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> headers = responseHeaders == null ? Map.of() : responseHeaders;
        for (Iterator<Map.Entry<String, JsonNode>> it = documented.path("headers").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            JsonNode definition = header.getValue().has("$ref") ? root.at(header.getValue().get("$ref").asText().substring(1)) : header.getValue();
            boolean present = headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(header.getKey()));
            if (definition.path("required").asBoolean(false) && !present) {
                problems.add(routeKey + " answered " + status + " without its required header " + header.getKey());
            }
        }
        if (documented.path("content").path("application/json").has("schema")) {
            Schema schema = compiled.computeIfAbsent(pointer, p -> schemas.getSchema(
                    SchemaLocation.of(ID + "#" + p + "/content/application~1json/schema")));
            if (body == null || body.isBlank()) {
                problems.add(routeKey + " answered " + status + " with no body; " + DOCUMENT + " documents a JSON one");
            } else {
                for (Error error : schema.validate(body, InputFormat.JSON)) {
                    problems.add(routeKey + " " + status + ": body" + error);
                }
                if (problems.stream().anyMatch(p -> p.startsWith(routeKey + " " + status + ": body"))) {
                    problems.add("the body was: " + shortened(body));
                }
            }
        }
        return problems;
    }

    /** Fails with every problem {@link #problems} finds. */
    public void check(String routeKey, int statusCode, Map<String, String> headers, String body) {
        List<String> problems = problems(routeKey, statusCode, headers, body);
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer does not match " + file + ":\n  " + String.join("\n  ", problems));
        }
    }

    private Optional<JsonNode> operation(String routeKey) {
        String[] parts = routeKey.split(" ", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        JsonNode operation = root.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
        return operation.isMissingNode() ? Optional.empty() : Optional.of(operation);
    }

    private static String operationPointer(String routeKey) {
        String[] parts = routeKey.split(" ", 2);
        return "/paths/" + parts[1].replace("~", "~0").replace("/", "~1") + "/" + parts[0].toLowerCase(Locale.ROOT);
    }

    private static String shortened(String body) {
        if (body == null) {
            return "(none)";
        }
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}
