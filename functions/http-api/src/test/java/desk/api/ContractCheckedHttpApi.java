package desk.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.devkit.OpenApiContract;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.function.Function;

/**
 * In every test context that has http-api's test jar (every API function's handler tests): the
 * {@link HttpApi} every handler answers through, holding each answer to {@code docs/openapi.yaml}.
 * An answer whose status the document does not give the event's route, or whose body does not
 * match that status's schema, fails the test with an {@link AssertionError}. An event without a
 * {@code routeKey} (made by hand, not by a route) is not checked.
 */
@Singleton
@Replaces(HttpApi.class)
class ContractCheckedHttpApi extends HttpApi {

    ContractCheckedHttpApi(JsonMapper json, @Value("${desk.api.max-body-bytes:65536}") int maxBodyBytes) {
        super(json, maxBodyBytes);
    }

    @Override
    public APIGatewayV2HTTPResponse respond(APIGatewayV2HTTPEvent event, Function<ApiRequest, APIGatewayV2HTTPResponse> action) {
        APIGatewayV2HTTPResponse response = super.respond(event, action);
        if (event.getRouteKey() != null && !event.getRouteKey().isBlank()) {
            OpenApiContract.locate().check(event.getRouteKey(), response.getStatusCode(), response.getHeaders(), response.getBody());
        }
        return response;
    }
}
