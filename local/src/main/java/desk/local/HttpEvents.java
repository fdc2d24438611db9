package desk.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;

import desk.devkit.LocalAws;

/** Builds the payload-2.0 event API Gateway's HTTP API hands a Lambda integration. */
final class HttpEvents {

    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Clock clock;

    HttpEvents(Clock clock) {
        this.clock = clock;
    }

    /** @param authorizer the JWT claims and scopes, or null for a route without authorizer */
    APIGatewayV2HTTPEvent event(LocalHttpRequest request, RouteTable.Match match, RequestContext.Authorizer authorizer) {
        Instant now = clock.instant();
        String routeKey = match.route().path().equals("$default") ? "$default" : match.route().routeKey();
        Map<String, String> headers = headers(request);
        List<String> cookies = cookies(request);

        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey(routeKey);
        event.setRawPath(request.rawPath());
        event.setRawQueryString(request.rawQueryString());
        event.setCookies(cookies.isEmpty() ? null : cookies);
        event.setHeaders(headers);
        Map<String, String> query = queryParameters(request.rawQueryString());
        event.setQueryStringParameters(query.isEmpty() ? null : query);
        event.setPathParameters(match.pathParameters().isEmpty() ? null : new LinkedHashMap<>(match.pathParameters()));
        setBody(event, request);
        event.setRequestContext(RequestContext.builder()
                .withAccountId(LocalAws.ACCOUNT_ID)
                .withApiId("local")
                .withDomainName(request.host() == null ? "localhost" : request.host())
                .withDomainPrefix("local")
                .withHttp(RequestContext.Http.builder()
                        .withMethod(request.method().toUpperCase(Locale.ROOT))
                        .withPath(request.rawPath())
                        .withProtocol(request.protocol())
                        .withSourceIp(request.sourceIp())
                        .withUserAgent(request.header("user-agent"))
                        .build())
                .withRequestId(UUID.randomUUID().toString())
                .withRouteKey(routeKey)
                .withStage("$default")
                .withTime(REQUEST_TIME.format(now))
                .withTimeEpoch(now.toEpochMilli())
                .withAuthorizer(authorizer)
                .build());
        return event;
    }

    /** Lower-cased names, repeated headers joined with commas; cookies travel in {@code cookies} instead. */
    private static Map<String, String> headers(LocalHttpRequest request) {
        Map<String, String> headers = new TreeMap<>();
        request.headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("cookie")) {
                headers.merge(lower, String.join(",", values), (a, b) -> a + "," + b);
            }
        });
        return headers;
    }

    private static List<String> cookies(LocalHttpRequest request) {
        List<String> cookies = new ArrayList<>();
        request.headers().forEach((name, values) -> {
            if (name.equalsIgnoreCase("cookie")) {
                values.forEach(value -> {
                    for (String cookie : value.split(";")) {
                        if (!cookie.isBlank()) {
                            cookies.add(cookie.strip());
                        }
                    }
                });
            }
        });
        return cookies;
    }

    /** Decoded; a repeated parameter's values joined with commas, as API Gateway does. */
    static Map<String, String> queryParameters(String rawQueryString) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQueryString == null || rawQueryString.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQueryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static void setBody(APIGatewayV2HTTPEvent event, LocalHttpRequest request) {
        if (request.body().length == 0) {
            event.setIsBase64Encoded(false);
            return;
        }
        if (isText(request.header("content-type"))) {
            event.setBody(new String(request.body(), StandardCharsets.UTF_8));
            event.setIsBase64Encoded(false);
        } else {
            event.setBody(Base64.getEncoder().encodeToString(request.body()));
            event.setIsBase64Encoded(true);
        }
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("javascript") || type.startsWith("application/x-www-form-urlencoded");
    }
}
