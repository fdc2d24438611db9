package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A slow table must answer "retry" (503) while the function still runs, never a Lambda timeout:
 * the client's call and attempt timeouts, as configured, sit well under every function's Timeout.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class DatabaseCallsGiveUpBeforeTheFunctionDoesTest {

    @Test
    void the_client_gives_up_on_a_call_in_under_half_of_the_shortest_function_timeout(LocalDesk desk) {
        try (ApplicationContext context = ApplicationContext.builder().properties(desk.functionProperties("OpenTicketFunction")).start()) {
            ClientOverrideConfiguration configured = context.getBean(DynamoDbClient.class)
                    .serviceClientConfiguration().overrideConfiguration();
            Duration shortestFunctionTimeout = desk.template().functions().stream()
                    .map(function -> Duration.ofSeconds(function.timeoutSeconds()))
                    .min(Duration::compareTo).orElseThrow();

            assertThat(configured.apiCallTimeout()).hasValueSatisfying(call ->
                    assertThat(call).isLessThanOrEqualTo(shortestFunctionTimeout.dividedBy(2)));
            assertThat(configured.apiCallAttemptTimeout()).hasValueSatisfying(attempt ->
                    assertThat(attempt).isLessThan(configured.apiCallTimeout().orElseThrow()));
        }
    }
}
