package desk.handler.relay;

import java.net.URI;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * The relay's EventBridge client, on the URL-connection HTTP client. With
 * {@code desk.eventbridge.endpoint} set it talks to the local bus with the local region and
 * credentials, as {@code DynamoDbClientFactory} does for DynamoDB Local.
 */
@Factory
class EventBridgeClientFactory {

    static final String LOCAL_REGION = "eu-south-2";
    static final String LOCAL_KEY = "local";

    @Singleton
    @Bean(preDestroy = "close")
    EventBridgeClient eventBridgeClient(
            @Nullable @Value("${desk.eventbridge.endpoint:}") String endpoint,
            @Nullable @Value("${aws.region:}") String region) {
        var builder = EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create());
        if (endpoint != null && !endpoint.isBlank()) {
            return builder.endpointOverride(URI.create(endpoint))
                    .region(Region.of(LOCAL_REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_KEY, LOCAL_KEY)))
                    .build();
        }
        return builder.region(region == null || region.isBlank() ? null : Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .build();
    }
}
