package desk.store.dynamo;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the one DynamoDB client of a function: the URL-connection HTTP client (small and quick
 * to start). With {@code desk.dynamodb.endpoint} set it talks to DynamoDB Local instead.
 */
@Factory
class DynamoDbClientFactory {
    /** DynamoDB Local keeps tables per access key and region: tests, runtime and handlers share these. */
    static final String LOCAL_REGION = "eu-south-2";
    static final String LOCAL_KEY = "local";

    @Singleton
    DynamoDbClient dynamoDbClient(
            @Nullable @Value("${desk.dynamodb.endpoint:}") String endpoint,
            @Nullable @Value("${aws.region:}") String region,
            @Value("${desk.dynamodb.api-call-timeout}") String apiCallTimeout,
            @Value("${desk.dynamodb.api-call-attempt-timeout}") String attemptTimeout) {
        // Both well under the functions' 15 s timeout: a slow table answers "retry" (503), never a Lambda timeout.
        var builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(override -> override
                        .apiCallTimeout(Duration.parse(apiCallTimeout))
                        .apiCallAttemptTimeout(Duration.parse(attemptTimeout)));
        if (endpoint != null && !endpoint.isBlank()) {
            return builder.endpointOverride(URI.create(endpoint))
                    .region(Region.of(LOCAL_REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_KEY, LOCAL_KEY)))
                    .build();
        }
        // The default chain resolves credentials lazily, which SnapStart needs: a restored
        // snapshot gets its credentials from the container endpoint, not from init-time variables.
        return builder.region(region == null || region.isBlank() ? null : Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .build();
    }
}
