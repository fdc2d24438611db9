package desk.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import desk.store.ConcurrentUpdateException;
import desk.store.StoreUnavailableException;
import desk.usecase.MisconfiguredException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import desk.telemetry.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The HTTP API's conventions in one place: JSON bodies within a stated size, JSON answers,
 * and every refusal as {@code {"error", "message", "fields"}} with its 4xx status.
 */
@Singleton
public class HttpApi {
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    /** Sent back on every answer, and carried into the announcements the request causes. */
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";
    private static final int RETRY_AFTER_SECONDS = 1;

    private final JsonMapper json;
    private final int maxBodyBytes;

    HttpApi(JsonMapper json, @Value("${desk.api.max-body-bytes:65536}") int maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Runs one request. A refusal thrown while reading or deciding becomes its 4xx answer; trouble
     * a retry may cure (throttling, timeouts, writes that kept losing races) a 503 with
     * {@code Retry-After}; a configuration fault or a bug a 500 with the error body and a log line.
     * Every answer is JSON and says whether to retry.
     */
    public APIGatewayV2HTTPResponse respond(APIGatewayV2HTTPEvent event, Function<ApiRequest, APIGatewayV2HTTPResponse> action) {
        long start = System.nanoTime();
        String route = routeOf(event);
        ApiRequest request = new ApiRequest(event, this);
        String correlationId = LogContext.correlationIdOf(request.header(CORRELATION_ID_HEADER), apiRequestId(event));
        try (LogContext context = LogContext.begin(route, Optional.of(correlationId))) {
            if (route.startsWith("/tickets/{id}", route.indexOf(' ') + 1) && event.getPathParameters() != null
                    && event.getPathParameters().get("id") != null) {
                LogContext.ticket(event.getPathParameters().get("id"));
            }
            APIGatewayV2HTTPResponse response = answer(request, action);
            Map<String, String> headers = new LinkedHashMap<>(response.getHeaders() == null ? Map.of() : response.getHeaders());
            headers.put(CORRELATION_ID_HEADER, correlationId);
            response.setHeaders(headers);
            // No bodies, no addresses, no subjects at the default level: the route, the outcome, the time.
            LOG.atInfo().addKeyValue("status", response.getStatusCode())
                    .addKeyValue("durationMs", (System.nanoTime() - start) / 1_000_000).log("request answered");
            return response;
        }
    }

    /** API Gateway's id of the request, the correlation id when the caller sent none. */
    private static String apiRequestId(APIGatewayV2HTTPEvent event) {
        return event.getRequestContext() != null && event.getRequestContext().getRequestId() != null
                ? event.getRequestContext().getRequestId() : UUID.randomUUID().toString();
    }

    private APIGatewayV2HTTPResponse answer(ApiRequest request, Function<ApiRequest, APIGatewayV2HTTPResponse> action) {
        try {
            return action.apply(request);
        } catch (ApiProblem problem) {
            return json(problem.status(), ErrorBody.of(problem));
        } catch (StoreUnavailableException | ConcurrentUpdateException e) {
            LOG.atWarn().addKeyValue("cause", e.getMessage()).log("answering 503: the store is busy or slow");
            return json(503, ErrorBody.retryLater("service_unavailable",
                    "The desk is busy or its database is slow to answer; nothing was changed. Retry after "
                            + RETRY_AFTER_SECONDS + " s with the same Idempotency-Key."),
                    Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
        } catch (MisconfiguredException e) {
            LOG.atError().addKeyValue("cause", e.getMessage()).log("configuration fault");
            return json(500, ErrorBody.doNotRetry("configuration_error", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.atError().setCause(e).log("unexpected failure");
            return json(500, ErrorBody.doNotRetry("internal_error",
                    "The request failed on our side and was not completed; retrying will not help until it is fixed."));
        }
    }

    private static String routeOf(APIGatewayV2HTTPEvent event) {
        return event.getRouteKey() == null ? String.valueOf(event.getRawPath()) : event.getRouteKey();
    }

    public APIGatewayV2HTTPResponse json(int status, Object body) {
        return json(status, body, Map.of());
    }

    public APIGatewayV2HTTPResponse json(int status, Object body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(JSON);
        all.putAll(headers);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(all)
                .withBody(write(body))
                .withIsBase64Encoded(false)
                .build();
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    Map<String, Object> jsonObject(ApiRequest request) {
        String contentType = request.header("Content-Type").orElse("application/json");
        if (!contentType.toLowerCase().startsWith("application/json")) {
            throw new ApiProblem(415, "unsupported_media_type", "Send the body as application/json, not " + contentType + ".");
        }
        byte[] body = request.rawBody();
        if (body.length > maxBodyBytes) {
            throw new ApiProblem(413, "payload_too_large",
                    "The body has " + body.length + " bytes; the limit is " + maxBodyBytes + ".");
        }
        if (body.length == 0) {
            throw new ApiProblem(400, "malformed_json", "The body is empty; send a JSON object.");
        }
        JsonNode node;
        try {
            node = json.readValue(body, Argument.of(JsonNode.class));
        } catch (IOException | RuntimeException e) {
            throw new ApiProblem(400, "malformed_json", "The body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new ApiProblem(400, "malformed_json", "The body must be a JSON object.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) plain(node);
        return fields;
    }

    /** JSON tree to plain Java values (maps, lists, strings, booleans, numbers, null) for the forms. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                map.put(entry.getKey(), plain(entry.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonNode element : node.values()) {
                list.add(plain(element));
            }
            return list;
        }
        if (node.isString()) {
            return node.getStringValue();
        }
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        if (node.isNumber()) {
            return node.getNumberValue();
        }
        return null;
    }

    /**
     * The request's fingerprint for idempotency: method, path and the body as canonical JSON
     * (keys sorted, no whitespace), so the same JSON written with other spacing or key order is
     * the same request, and the same body sent to another route is not.
     */
    String fingerprint(ApiRequest request, Map<String, Object> body) {
        String canonical = request.method() + " " + request.path() + "\n" + write(sorted(body));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, element) -> sorted.put((String) key, sorted(element)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HttpApi::sorted).toList();
        }
        return value;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
