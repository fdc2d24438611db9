package desk.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import desk.identity.Principal;
import desk.usecase.IdempotencyKey;
import desk.validation.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP API request (payload 2.0) as the handlers need it: the verified caller, path
 * parameters, headers and body, and the receipt time API Gateway stamped on it.
 */
public final class ApiRequest {
    private final APIGatewayV2HTTPEvent event;
    private final HttpApi api;
    private Map<String, Object> body;

    ApiRequest(APIGatewayV2HTTPEvent event, HttpApi api) {
        this.event = event;
        this.api = api;
    }

    /** The caller from the JWT authorizer's claims; without usable claims the request is a 401. */
    public Principal principal() {
        var context = event.getRequestContext();
        Map<String, String> claims = context == null || context.getAuthorizer() == null
                || context.getAuthorizer().getJwt() == null || context.getAuthorizer().getJwt().getClaims() == null
                ? Map.of() : context.getAuthorizer().getJwt().getClaims();
        if (claims.isEmpty()) {
            throw new ApiProblem(401, "unauthorized", "The request carries no verified identity.");
        }
        return Principal.fromClaims(claims).orElseThrow(() -> new ApiProblem(403, "forbidden",
                "The token's claims name no usable role: role must be customer (with account_id), partner (with partner_id), agent or admin."));
    }

    /**
     * When API Gateway received the request: the receipt time every deadline counts from.
     * Taken from the event, never the clock, so any request can be replayed.
     */
    public Instant receivedAt() {
        var context = event.getRequestContext();
        if (context == null || context.getTimeEpoch() <= 0) {
            throw new ApiProblem(400, "bad_request", "The event has no requestContext.timeEpoch to take the receipt time from.");
        }
        return Instant.ofEpochMilli(context.getTimeEpoch());
    }

    public String pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        String value = parameters == null ? null : parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new ApiProblem(400, "bad_request", "The path has no " + name + ".");
        }
        return value;
    }

    /** The query string's parameters (API Gateway joins a repeated parameter's values with commas). */
    public Map<String, String> queryParameters() {
        Map<String, String> parameters = event.getQueryStringParameters();
        return parameters == null ? Map.of() : parameters;
    }

    /** A header by name, whatever its case (HTTP API lower-cases them, hand-made events may not). */
    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The raw body bytes, decoded from base64 when API Gateway encoded them. */
    public byte[] rawBody() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new ApiProblem(400, "malformed_body", "The body is marked base64 but is not.");
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** The body as a JSON object's fields (400 malformed, 413 too large, 415 not JSON). */
    public Map<String, Object> jsonObject() {
        if (body == null) {
            body = api.jsonObject(this); // read once: the handler and the idempotency fingerprint share it
        }
        return body;
    }

    /**
     * The caller's {@code Idempotency-Key} with the fingerprint of this request: printable ASCII
     * up to 255 characters, as the IETF idempotency-key draft and common APIs allow.
     */
    public Optional<IdempotencyKey> idempotencyKey() {
        return header("Idempotency-Key").map(key -> {
            if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
                throw ApiProblem.validation(List.of(FieldProblem.of("Idempotency-Key",
                        "must be 1 to 255 printable ASCII characters without spaces")));
            }
            return new IdempotencyKey(key, api.fingerprint(this, jsonObject()));
        });
    }

    String method() {
        var context = event.getRequestContext();
        return context == null || context.getHttp() == null ? "" : context.getHttp().getMethod();
    }

    String path() {
        return event.getRawPath() == null ? "" : event.getRawPath();
    }
}
