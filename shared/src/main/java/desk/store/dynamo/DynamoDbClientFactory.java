package desk.store.dynamo;

import desk.aws.AwsClients;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the one DynamoDB client of a function ({@link AwsClients}). With
 * {@code desk.dynamodb.endpoint} set it talks to DynamoDB Local instead.
 */
@Factory
class DynamoDbClientFactory {

    @Singleton
    DynamoDbClient dynamoDbClient(
            @Nullable @Value("${desk.dynamodb.endpoint:}") String endpoint,
            @Nullable @Value("${aws.region:}") String region,
            @Value("${desk.dynamodb.api-call-timeout}") String apiCallTimeout,
            @Value("${desk.dynamodb.api-call-attempt-timeout}") String attemptTimeout) {
        // Both well under the functions' 15 s timeout: a slow table answers "retry" (503), never a Lambda timeout.
        return AwsClients.build(DynamoDbClient.builder(), endpoint, region, timeouts -> timeouts
                .apiCallTimeout(Duration.parse(apiCallTimeout))
                .apiCallAttemptTimeout(Duration.parse(attemptTimeout)));
    }
}
