package desk.handler.mailer;

import desk.aws.AwsClients;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The mailer's SES v2 client ({@link AwsClients}). With {@code desk.ses.endpoint} set it talks to
 * the local SES ({@code desk.devkit.ses.LocalSes}).
 */
@Factory
class SesClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    SesV2Client sesClient(@Nullable @Value("${desk.ses.endpoint:}") String endpoint,
                          @Nullable @Value("${aws.region:}") String region,
                          @Value("${desk.ses.api-call-timeout}") String apiCallTimeout) {
        // Well inside the mailer's 30 s timeout and its claim's lease: a hung call fails as "not sent, retry".
        return AwsClients.build(SesV2Client.builder(), endpoint, region,
                timeouts -> timeouts.apiCallTimeout(Duration.parse(apiCallTimeout)));
    }
}
