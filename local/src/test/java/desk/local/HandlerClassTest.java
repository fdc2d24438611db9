package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import desk.local.fixture.EchoHandler;
import desk.local.fixture.TickHandler;

/** The event and response types Lambda's runtime reads from a handler's RequestHandler<I, O>. */
class HandlerClassTest {

    @Test
    void they_are_the_type_arguments_of_a_direct_request_handler() {
        HandlerClass handler = HandlerClass.of(TickHandler.class);

        assertThat(handler.input()).isEqualTo(ScheduledEvent.class);
        assertThat(handler.output()).isEqualTo(Void.class);
    }

    @Test
    void they_are_found_through_micronauts_request_handler_superclass() {
        HandlerClass handler = HandlerClass.of(EchoHandler.class);

        assertThat(handler.input()).isEqualTo(APIGatewayV2HTTPEvent.class);
        assertThat(handler.output()).isEqualTo(APIGatewayV2HTTPResponse.class);
    }

    @Test
    void a_type_variable_bound_by_a_subclass_is_resolved_with_its_generics() {
        HandlerClass handler = HandlerClass.of(CountingWords.class);

        assertThat(handler.input()).isInstanceOfSatisfying(ParameterizedType.class, type -> {
            assertThat(type.getRawType()).isEqualTo(Map.class);
            assertThat(type.getActualTypeArguments()).containsExactly(String.class, Integer.class);
        });
        assertThat(handler.output()).isEqualTo(String.class);
    }

    @Test
    void a_raw_request_handler_reads_plain_json_values() {
        HandlerClass handler = HandlerClass.of(Raw.class);

        assertThat(handler.input()).isEqualTo(Object.class);
        assertThat(handler.output()).isEqualTo(Object.class);
    }

    abstract static class Summing<T> implements RequestHandler<T, String> {
    }

    static class CountingWords extends Summing<Map<String, Integer>> {
        @Override
        public String handleRequest(Map<String, Integer> input, Context context) {
            return String.valueOf(input.size());
        }
    }

    @SuppressWarnings("rawtypes")
    static class Raw implements RequestHandler {
        @Override
        public Object handleRequest(Object input, Context context) {
            return List.of(input);
        }
    }
}
