package desk.devkit;

import java.net.URI;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds SDK clients for a DynamoDB Local endpoint. The HTTP client is named explicitly because
 * DynamoDB Local drags the Apache and Netty clients onto the classpath, and the SDK refuses to
 * pick one of several.
 */
public final class LocalDynamoDbClient {

    private LocalDynamoDbClient() {
    }

    public static DynamoDbClient connect(URI endpoint) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .region(LocalAws.REGION)
                .credentialsProvider(LocalAws.CREDENTIALS)
                .build();
    }
}
