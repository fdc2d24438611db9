package desk.local;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import desk.devkit.HttpRoute;

/**
 * Picks the route API Gateway would pick for a request: a literal segment beats a {@code {param}},
 * which beats a greedy {@code {proxy+}}; an exact method beats {@code ANY}; {@code $default} last.
 */
final class RouteTable {

    /** A matched route with its path parameters, URL-decoded. */
    record Match(HttpRoute route, Map<String, String> pathParameters) {
    }

    private final List<HttpRoute> routes;

    RouteTable(List<HttpRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    List<HttpRoute> routes() {
        return routes;
    }

    Optional<Match> match(String method, String rawPath) {
        return routes.stream()
                .filter(route -> route.method().equals("ANY") || route.method().equalsIgnoreCase(method))
                .sorted(Comparator.comparingInt(RouteTable::specificity).reversed()
                        .thenComparing(route -> route.method().equals("ANY")))
                .flatMap(route -> matchPath(route, rawPath).map(p -> new Match(route, p)).stream())
                .findFirst();
    }

    /** Higher is more specific: literal segments weigh most, greedy and $default least. */
    private static int specificity(HttpRoute route) {
        if (route.path().equals("$default")) {
            return Integer.MIN_VALUE;
        }
        int score = 0;
        for (String segment : segments(route.path())) {
            score += segment.endsWith("+}") ? -1000 : segment.startsWith("{") ? 1 : 100;
        }
        return score;
    }

    private static Optional<Map<String, String>> matchPath(HttpRoute route, String rawPath) {
        if (route.path().equals("$default")) {
            return Optional.of(Map.of());
        }
        String[] pattern = segments(route.path());
        String[] actual = segments(rawPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String segment = pattern[i];
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                if (i >= actual.length) {
                    return Optional.empty();
                }
                String rest = String.join("/", List.of(actual).subList(i, actual.length));
                parameters.put(segment.substring(1, segment.length() - 2), decode(rest));
                return Optional.of(parameters);
            }
            if (i >= actual.length) {
                return Optional.empty();
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), decode(actual[i]));
            } else if (!segment.equals(actual[i])) {
                return Optional.empty();
            }
        }
        return pattern.length == actual.length ? Optional.of(parameters) : Optional.empty();
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
