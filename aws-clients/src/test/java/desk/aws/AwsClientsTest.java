package desk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** Rule: a function's client talks to the local server when one is configured, else to the cloud's region. */
class AwsClientsTest {

    @Test
    void a_local_endpoint_gets_the_local_region_and_key_and_the_callers_timeout() {
        try (EventBridgeClient client = AwsClients.build(EventBridgeClient.builder(), "http://127.0.0.1:4010", "us-east-1",
                timeouts -> timeouts.apiCallTimeout(Duration.ofSeconds(3)))) {
            var configuration = client.serviceClientConfiguration();
            assertThat(configuration.endpointOverride()).contains(URI.create("http://127.0.0.1:4010"));
            assertThat(configuration.region()).isEqualTo(Region.of(AwsClients.LOCAL_REGION));
            assertThat(configuration.credentialsProvider()).isInstanceOf(StaticCredentialsProvider.class);
            assertThat(configuration.overrideConfiguration().apiCallTimeout()).contains(Duration.ofSeconds(3));
        }
    }

    @Test
    void without_an_endpoint_the_client_uses_the_functions_region_and_the_default_chain() {
        try (EventBridgeClient client = AwsClients.build(EventBridgeClient.builder(), " ", "eu-west-1", timeouts -> {})) {
            var configuration = client.serviceClientConfiguration();
            assertThat(configuration.endpointOverride()).isEmpty();
            assertThat(configuration.region()).isEqualTo(Region.EU_WEST_1);
            assertThat(configuration.credentialsProvider()).isInstanceOf(DefaultCredentialsProvider.class);
        }
    }
}
