package desk.local;

import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * How API Gateway's HTTP API reads a function's response in payload format 2.0: JSON holding a
 * {@code statusCode} is the response itself; any other JSON value is the body of a 200 with
 * {@code content-type: application/json} (a JSON string becomes the body as text).
 */
final class PayloadFormatV2 {

    private final EventJson json;

    PayloadFormatV2(EventJson json) {
        this.json = json;
    }

    /** @return empty when the function answered {@code null}, which API Gateway cannot turn into a response */
    Optional<APIGatewayV2HTTPResponse> response(String responseJson) {
        Object value = json.read(responseJson, Object.class);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> object && object.containsKey("statusCode")) {
            return Optional.of(json.read(responseJson, APIGatewayV2HTTPResponse.class));
        }
        String body = value instanceof String text ? text : responseJson;
        return Optional.of(APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody(body)
                .build());
    }
}
