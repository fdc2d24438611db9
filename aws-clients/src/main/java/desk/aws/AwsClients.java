package desk.aws;

import java.net.URI;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Builds a function's AWS SDK client one way for every service: the URL-connection HTTP client
 * (small and quick to start), the caller's timeouts, and either a local endpoint (DynamoDB Local,
 * the local bus, S3 or SES of {@code ./desk}) with the local region and key, or the cloud's region
 * and the default credentials chain.
 */
public final class AwsClients {
    /** DynamoDB Local keeps tables per access key and region: tests, the runtime and the handlers share these. */
    public static final String LOCAL_REGION = "eu-south-2";
    public static final String LOCAL_KEY = "local";

    private AwsClients() {}

    /** Whether a configured endpoint names a local server (blank or absent: the cloud). */
    public static boolean isLocal(String endpoint) {
        return endpoint != null && !endpoint.isBlank();
    }

    /**
     * @param endpoint  a local server's URL, or blank/null for the cloud
     * @param region    the cloud's region (Lambda's {@code AWS_REGION}); blank/null lets the SDK find it
     * @param timeouts  the service's call timeouts, well under the function's own
     */
    public static <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C build(
            B builder, String endpoint, String region, Consumer<ClientOverrideConfiguration.Builder> timeouts) {
        builder.httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(timeouts);
        if (isLocal(endpoint)) {
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
