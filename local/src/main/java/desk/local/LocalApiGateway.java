package desk.local;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext.Authorizer;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import desk.devkit.FunctionEvent;
import desk.devkit.HttpRoute;
import desk.devkit.SamTemplate;

/**
 * API Gateway's HTTP API in front of the functions: route matching, the JWT authorizer, the
 * payload-2.0 event, and the answers API Gateway gives itself (404, 401, 500).
 */
final class LocalApiGateway {

    private final SamTemplate template;
    private final RouteTable routes;
    private final JwtAuthorizer authorizer;
    private final HttpEvents events;
    private final LocalFunctions functions;
    private final EventJson json;
    private final PayloadFormatV2 responses;
    private final PrintStream log;

    LocalApiGateway(SamTemplate template, JwtAuthorizer authorizer, HttpEvents events, LocalFunctions functions,
                    EventJson json, PrintStream log) {
        this.log = log;
        this.template = template;
        this.routes = new RouteTable(template.httpRoutes());
        this.authorizer = authorizer;
        this.events = events;
        this.functions = functions;
        this.json = json;
        this.responses = new PayloadFormatV2(json);
    }

    RouteTable routes() {
        return routes;
    }

    APIGatewayV2HTTPResponse handle(LocalHttpRequest request) {
        Optional<RouteTable.Match> match = routes.match(request.method(), request.rawPath());
        if (match.isEmpty()) {
            return message(404, "Not Found");
        }
        Authorizer authorization = null;
        if (requiresJwt(match.get().route())) {
            Optional<Authorizer> verified = authorizer.authorize(request.header("authorization"));
            if (verified.isEmpty()) {
                return message(401, "Unauthorized");
            }
            authorization = verified.get();
            List<String> required = requiredScopes(match.get().route());
            List<String> granted = authorization.getJwt().getScopes() == null ? List.of() : authorization.getJwt().getScopes();
            if (!required.isEmpty() && granted.stream().noneMatch(required::contains)) {
                // As API Gateway: a route's scopes need any one of them in the token, else 403.
                return message(403, "Forbidden");
            }
        }
        APIGatewayV2HTTPEvent event = events.event(request, match.get(), authorization);
        String functionId = match.get().route().functionLogicalId();
        try {
            return asHttpResponse(functionId, functions.invokeJson(functionId, json.write(event)));
        } catch (RuntimeException e) {
            // Lambda logs the error; API Gateway hides it behind a generic 500.
            log.printf("%s failed on %s: %s%n", functionId, event.getRouteKey(), e);
            e.printStackTrace(log);
            return message(500, "Internal Server Error");
        }
    }

    /** A route is protected when its API has a default authorizer and the event does not opt out with NONE. */
    private boolean requiresJwt(HttpRoute route) {
        Map<String, Object> api = template.resources().get(route.apiId());
        Object defaultAuthorizer = api == null ? null : nested(api, "Properties", "Auth", "DefaultAuthorizer");
        Object eventAuthorizer = routeAuth(route, "Authorizer");
        if (eventAuthorizer != null) {
            return !"NONE".equals(eventAuthorizer);
        }
        return defaultAuthorizer != null && !"NONE".equals(defaultAuthorizer);
    }

    /** The route's {@code Auth.AuthorizationScopes}: a token must carry one of them. */
    private List<String> requiredScopes(HttpRoute route) {
        return routeAuth(route, "AuthorizationScopes") instanceof List<?> scopes
                ? scopes.stream().map(String::valueOf).toList()
                : List.of();
    }

    /** A property of the route's event {@code Auth}, or null. */
    private Object routeAuth(HttpRoute route, String property) {
        return template.function(route.functionLogicalId()).events().stream()
                .filter(e -> e.type().equals("HttpApi"))
                .map(FunctionEvent::properties)
                .filter(p -> route.path().equals(String.valueOf(p.getOrDefault("Path", "$default")))
                        && route.method().equalsIgnoreCase(String.valueOf(p.getOrDefault("Method", "ANY"))))
                .map(p -> nested(p, "Auth", property))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The function's JSON answer read as API Gateway reads a payload 2.0 response. */
    private APIGatewayV2HTTPResponse asHttpResponse(String functionId, String responseJson) {
        return responses.response(responseJson).orElseGet(() -> {
            log.printf("%s returned no response%n", functionId);
            return message(500, "Internal Server Error");
        });
    }

    static APIGatewayV2HTTPResponse message(int status, String message) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody("{\"message\":\"" + message + "\"}")
                .build();
    }

    private static Object nested(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }
}
