package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** API Gateway's reading of a Lambda response in payload format 2.0. */
class PayloadFormatV2Test {

    private final EventJson json = new EventJson();
    private final PayloadFormatV2 format = new PayloadFormatV2(json);

    @Test
    void json_with_a_status_code_is_the_http_response_itself() {
        APIGatewayV2HTTPResponse sent = APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("content-type", "image/png", "location", "/tickets/t-1"))
                .withCookies(List.of("session=abc; Path=/"))
                .withBody("AAEC")
                .withIsBase64Encoded(true)
                .build();

        APIGatewayV2HTTPResponse read = format.response(json.write(sent)).orElseThrow();

        assertThat(read.getStatusCode()).isEqualTo(201);
        assertThat(read.getHeaders()).isEqualTo(sent.getHeaders());
        assertThat(read.getCookies()).containsExactly("session=abc; Path=/");
        assertThat(read.getBody()).isEqualTo("AAEC");
        assertThat(read.getIsBase64Encoded()).isTrue();
    }

    @Test
    void a_json_string_is_the_text_body_of_a_200() {
        APIGatewayV2HTTPResponse read = format.response(json.write("Hello from Lambda!")).orElseThrow();

        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(read.getHeaders()).containsEntry("content-type", "application/json");
        assertThat(read.getBody()).isEqualTo("Hello from Lambda!");
    }

    @Test
    void json_without_a_status_code_is_the_body_of_a_200() {
        String answer = "{\"message\":\"Hello from Lambda!\",\"status\":201}";

        APIGatewayV2HTTPResponse read = format.response(answer).orElseThrow();

        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(read.getHeaders()).containsEntry("content-type", "application/json");
        assertThat(read.getBody()).isEqualTo(answer);
    }

    @Test
    void no_response_gives_no_http_response() {
        assertThat(format.response("null")).isEmpty();
    }
}
