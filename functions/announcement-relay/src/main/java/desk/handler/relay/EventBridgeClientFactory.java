package desk.handler.relay;

import desk.aws.AwsClients;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The relay's EventBridge client ({@link AwsClients}). With {@code desk.eventbridge.endpoint} set
 * it talks to the local bus.
 */
@Factory
class EventBridgeClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    EventBridgeClient eventBridgeClient(
            @Nullable @Value("${desk.eventbridge.endpoint:}") String endpoint,
            @Nullable @Value("${aws.region:}") String region) {
        return AwsClients.build(EventBridgeClient.builder(), endpoint, region, timeouts -> {});
    }
}
