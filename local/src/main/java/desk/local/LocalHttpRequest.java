package desk.local;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as it reaches the local API Gateway, whether from a socket or from the seeder.
 *
 * @param headers header names as sent, each with all of its values
 */
record LocalHttpRequest(String method, String rawPath, String rawQueryString, Map<String, List<String>> headers,
                        byte[] body, String protocol, String sourceIp, String host) {

    LocalHttpRequest {
        rawQueryString = rawQueryString == null ? "" : rawQueryString;
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, matching its name case-insensitively as HTTP does. */
    String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().getFirst())
                .findFirst()
                .orElse(null);
    }
}
