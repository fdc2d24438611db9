package desk.handler.mailer;

import io.micronaut.context.annotation.Bean;
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
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The mailer's SES v2 client, on the URL-connection HTTP client. With {@code desk.ses.endpoint}
 * set it talks to the local SES ({@code desk.devkit.ses.LocalSes}) with the local region and
 * credentials, as the relay's EventBridge client does for the local bus.
 */
@Factory
class SesClientFactory {
    static final String LOCAL_REGION = "eu-south-2";
    static final String LOCAL_KEY = "local";

    @Singleton
    @Bean(preDestroy = "close")
    SesV2Client sesClient(@Nullable @Value("${desk.ses.endpoint:}") String endpoint,
                          @Nullable @Value("${aws.region:}") String region,
                          @Value("${desk.ses.api-call-timeout}") String apiCallTimeout) {
        // Well inside the mailer's 30 s timeout and its claim's lease: a hung call fails as "not sent, retry".
        var builder = SesV2Client.builder().httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(override -> override.apiCallTimeout(Duration.parse(apiCallTimeout)));
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
