package desk.local;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The hosted sign-in's OAuth 2.0 endpoints as the web form uses them in the cloud (Cognito's
 * {@code /oauth2/authorize}, {@code /oauth2/token} and {@code /logout}: the authorization code
 * grant with PKCE, RFC 6749 and RFC 7636 with S256), on loopback for the browser test, since
 * Cognito cannot run here. It checks what the authorization server checks of the form's requests
 * (the app client, the registered return URL, S256, the verifier against the challenge, a code
 * used once, by the client it was issued to) and refuses anything else, recording why. The user
 * who signs in is the one the test names (on Cognito's page they would type their password); the
 * access token is a local token of the runtime with that user's claims, which is what the
 * pre-token-generation trigger gives a Cognito token, so the local gateway accepts it.
 */
final class HostedSignInServer implements AutoCloseable {

    /** Who signs in next: the claims of their access token, the email of their ID token. */
    record User(String role, String accountId, String partnerId, String subject, String email) {}

    private record Grant(String challenge, String redirectUri, User user) {}

    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpServer http;
    private final String clientId;
    private final String returnUrl;
    private final String formOrigin;
    private final TokenIssuer tokens;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<String> tokensIssued = new CopyOnWriteArrayList<>();
    private volatile User next;

    private HostedSignInServer(HttpServer http, String clientId, String returnUrl, TokenIssuer tokens) {
        this.http = http;
        this.clientId = clientId;
        this.returnUrl = returnUrl;
        URI form = URI.create(returnUrl);
        this.formOrigin = form.getScheme() + "://" + form.getAuthority();
        this.tokens = tokens;
    }

    /** @param returnUrl the app client's one callback and sign-out URL (CallbackURLs, LogoutURLs) */
    static HostedSignInServer start(String clientId, String returnUrl, TokenIssuer tokens) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HostedSignInServer server = new HostedSignInServer(http, clientId, returnUrl, tokens);
        http.createContext("/oauth2/authorize", server::authorize);
        http.createContext("/oauth2/token", server::token);
        http.createContext("/logout", server::logout);
        http.start();
        return server;
    }

    URI baseUrl() {
        return URI.create("http://" + http.getAddress().getAddress().getHostAddress() + ":" + http.getAddress().getPort());
    }

    void signsIn(User user) {
        this.next = user;
    }

    /** Why each refused request was refused, in order. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** The subjects tokens were issued to, in order. */
    List<String> tokensIssued() {
        return List.copyOf(tokensIssued);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String problem = !"GET".equals(exchange.getRequestMethod()) ? "authorize is a GET"
                : !"code".equals(query.get("response_type")) ? "response_type must be code"
                : !clientId.equals(query.get("client_id")) ? "unknown client_id " + query.get("client_id")
                : !returnUrl.equals(query.get("redirect_uri")) ? "redirect_uri " + query.get("redirect_uri") + " is not registered"
                : !"S256".equals(query.get("code_challenge_method")) ? "code_challenge_method must be S256"
                : query.get("code_challenge") == null || !CHALLENGE.matcher(query.get("code_challenge")).matches() ? "code_challenge must be 43 base64url characters"
                : query.get("state") == null || query.get("state").isBlank() ? "state is missing"
                : next == null ? "no user signs in"
                : null;
        if (problem != null) {
            refuse(exchange, 400, problem);
            return;
        }
        String code = randomText();
        grants.put(code, new Grant(query.get("code_challenge"), query.get("redirect_uri"), next));
        exchange.getResponseHeaders().set("Location", query.get("redirect_uri") + "?code=" + code
                + "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", formOrigin);
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = body.get("code") == null ? null : grants.remove(body.get("code")); // a code is used once
        String verifier = body.getOrDefault("code_verifier", "");
        String problem = !"POST".equals(exchange.getRequestMethod()) ? "token is a POST"
                : !type.startsWith("application/x-www-form-urlencoded") ? "the body must be form-encoded, not " + type
                : !"authorization_code".equals(body.get("grant_type")) ? "grant_type must be authorization_code"
                : !clientId.equals(body.get("client_id")) ? "unknown client_id " + body.get("client_id")
                : grant == null ? "invalid_grant: unknown or used code"
                : !grant.redirectUri().equals(body.get("redirect_uri")) ? "redirect_uri differs from the authorization request's"
                : !VERIFIER.matcher(verifier).matches() ? "code_verifier must be 43 to 128 unreserved characters"
                : !s256(verifier).equals(grant.challenge()) ? "invalid_grant: the code_verifier does not match the code_challenge"
                : null;
        if (problem != null) {
            refuse(exchange, 400, problem);
            return;
        }
        User user = grant.user();
        String accessToken = tokens.issue(new TokenRequest(user.role(), user.accountId(), user.partnerId(), user.subject(), Duration.ofHours(1)));
        tokensIssued.add(user.subject());
        send(exchange, 200, "application/json", "{\"access_token\":\"" + accessToken + "\",\"id_token\":\"" + idToken(user)
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!clientId.equals(query.get("client_id")) || !returnUrl.equals(query.get("logout_uri"))) {
            refuse(exchange, 400, "logout needs the client_id and a registered logout_uri");
            return;
        }
        exchange.getResponseHeaders().set("Location", query.get("logout_uri"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** An ID token's shape with the user's email; the form only reads it to say who is signed in. */
    private static String idToken(User user) {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        return base64url.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(("{\"sub\":\"" + user.subject() + "\",\"email\":\"" + user.email() + "\"}").getBytes(StandardCharsets.UTF_8))
                + ".";
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refuse(HttpExchange exchange, int status, String problem) throws IOException {
        refusals.add(problem);
        send(exchange, status, "text/plain; charset=utf-8", problem);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String randomText() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
