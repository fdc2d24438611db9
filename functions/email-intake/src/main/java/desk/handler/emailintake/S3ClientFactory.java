package desk.handler.emailintake;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The intake's S3 client, on the URL-connection HTTP client. With {@code desk.s3.endpoint} set it
 * talks to a local S3-speaking server (path-style, the local region and credentials), as
 * {@code DynamoDbClientFactory} does for DynamoDB Local. Calls give up well before the function's
 * timeout, so a slow read is retried by Lambda rather than timing the function out.
 */
@Factory
class S3ClientFactory {
    static final String LOCAL_REGION = "eu-south-2";
    static final String LOCAL_KEY = "local";

    @Singleton
    @Bean(preDestroy = "close")
    S3Client s3Client(@Nullable @Value("${desk.s3.endpoint:}") String endpoint,
                      @Nullable @Value("${aws.region:}") String region,
                      @Value("${desk.s3.api-call-timeout}") String apiCallTimeout) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(override -> override.apiCallTimeout(Duration.parse(apiCallTimeout)));
        if (endpoint != null && !endpoint.isBlank()) {
            return builder.endpointOverride(URI.create(endpoint))
                    .forcePathStyle(true)
                    .region(Region.of(LOCAL_REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_KEY, LOCAL_KEY)))
                    .build();
        }
        return builder.region(region == null || region.isBlank() ? null : Region.of(region))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .build();
    }
}
