package desk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * The ticket web form and the local sign-in, which the local runtime answers itself (no route of
 * the template, no token): {@code /} is the form, {@code /webform/*} its script, style and
 * {@code config.json} (the files under {@code webform/} on the classpath), {@code /local/sign-in} the page listing the demo
 * users, {@code GET /local/users} that list and {@code POST /local/token} a local token for one of
 * them. Only the local runtime has the {@code /local/} paths: in the cloud the identity provider's
 * hosted sign-in takes their place. They answer loopback callers only, and the token only to a
 * JSON post from the page's own origin (a cross-site form cannot send one without a preflight).
 */
final class LocalWebForm {

    static final String FORM_PATH = "/";
    static final String ASSETS = "/webform/";
    static final String SIGN_IN_PATH = "/local/sign-in";
    static final String USERS_PATH = "/local/users";
    static final String TOKEN_PATH = "/local/token";
    static final Duration TOKEN_TTL = Duration.ofHours(8);

    private static final Pattern ASSET_NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(html|js|css|json)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            // config.json: the local values (same-origin API, the local sign-in); publish-web-form writes the cloud's.
            "json", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TokenIssuer tokens;
    private final List<DemoUsers.DemoUser> users;

    LocalWebForm(TokenIssuer tokens, List<DemoUsers.DemoUser> users) {
        this.tokens = tokens;
        this.users = List.copyOf(users);
    }

    /** Whether the request is the form's or the sign-in's: those never reach the gateway. */
    static boolean owns(String path) {
        return path.equals(FORM_PATH) || path.startsWith(ASSETS) || path.startsWith("/local/");
    }

    APIGatewayV2HTTPResponse answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
            return LocalApiGateway.message(403, "Forbidden");
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && path.equals(FORM_PATH)) {
            return asset("form.html");
        }
        if (read && path.equals(SIGN_IN_PATH)) {
            return asset("sign-in.html");
        }
        if (read && path.startsWith(ASSETS) && ASSET_NAME.matcher(path.substring(ASSETS.length())).matches()) {
            return asset(path.substring(ASSETS.length()));
        }
        if (read && path.equals(USERS_PATH)) {
            return json(200, Map.of("users", users));
        }
        if (method.equals("POST") && path.equals(TOKEN_PATH)) {
            return token(exchange);
        }
        return LocalApiGateway.message(404, "Not Found");
    }

    private APIGatewayV2HTTPResponse token(HttpExchange exchange) throws IOException {
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (!contentType.startsWith("application/json") || origin != null && !isLoopbackOrigin(origin)) {
            return LocalApiGateway.message(403, "Forbidden");
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String userId;
        try {
            userId = JSON.readTree(body).path("user").asText("");
        } catch (JsonProcessingException e) {
            userId = "";
        }
        String wanted = userId;
        Optional<DemoUsers.DemoUser> user = users.stream().filter(u -> u.id().equals(wanted)).findFirst();
        if (user.isEmpty()) {
            return json(422, Map.of("message", "no demo user " + wanted + "; GET " + USERS_PATH + " lists them"));
        }
        DemoUsers.DemoUser who = user.get();
        String token = tokens.issue(new TokenRequest(who.role(), who.accountId(), who.partnerId(), who.subject(), TOKEN_TTL));
        return json(200, Map.of("token", token, "expiresIn", TOKEN_TTL.toSeconds(), "user", who));
    }

    private static boolean isLoopbackOrigin(String origin) {
        try {
            String host = URI.create(origin).getHost();
            return host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static APIGatewayV2HTTPResponse asset(String name) {
        try (InputStream in = LocalWebForm.class.getClassLoader().getResourceAsStream("webform/" + name)) {
            if (in == null) {
                return LocalApiGateway.message(404, "Not Found");
            }
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(Map.of(
                            "content-type", TYPES.get(name.substring(name.lastIndexOf('.') + 1)),
                            "cache-control", "no-store",
                            "x-content-type-options", "nosniff",
                            "content-security-policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                                    + "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"))
                    .withBody(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the web form's " + name, e);
        }
    }

    private static APIGatewayV2HTTPResponse json(int status, Object body) {
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(status)
                    .withHeaders(Map.of("content-type", "application/json", "cache-control", "no-store"))
                    .withBody(JSON.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
