package desk.local.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Run in a fresh JVM by {@link ColdStartBenchmark}: builds the intake handler as Lambda would
 * (no-argument constructor, configuration from environment variables) and answers one sample
 * event against DynamoDB Local, then prints its timings and peak RSS as one line.
 * Reading the event JSON with the handler's own mapper is counted too (Lambda's runtime does that
 * work outside the function): the figure errs against the handler.
 */
public final class HandlerColdStartProbe {
    private HandlerColdStartProbe() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Class<?> type = Class.forName(args[0]);
        var handler = (io.micronaut.function.aws.MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                type.getConstructor().newInstance();
        long t1 = System.nanoTime();
        ApplicationContext context = handler.getApplicationContext();
        APIGatewayV2HTTPEvent event = context.getBean(JsonMapper.class)
                .readValue(Files.readAllBytes(Path.of(args[1])), Argument.of(APIGatewayV2HTTPEvent.class));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("idempotency-key", "bench-" + UUID.randomUUID()); // measure creation, not a replay
        event.setHeaders(headers);
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        long t2 = System.nanoTime();
        if (response.getStatusCode() != 201) {
            throw new IllegalStateException("expected 201, got " + response.getStatusCode() + ": " + response.getBody());
        }
        ProbeReport.print((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        handler.close();
    }
}
