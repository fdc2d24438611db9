package desk.handler.emailintake;

import desk.aws.AwsClients;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The intake's S3 client ({@link AwsClients}). With {@code desk.s3.endpoint} set it talks to a
 * local S3-speaking server, path-style. Calls give up well before the function's timeout, so a
 * slow read is retried by Lambda rather than timing the function out.
 */
@Factory
class S3ClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    S3Client s3Client(@Nullable @Value("${desk.s3.endpoint:}") String endpoint,
                      @Nullable @Value("${aws.region:}") String region,
                      @Value("${desk.s3.api-call-timeout}") String apiCallTimeout) {
        // A local server answers at one host name: bucket names go in the path, not the host.
        return AwsClients.build(S3Client.builder().forcePathStyle(AwsClients.isLocal(endpoint)), endpoint, region,
                timeouts -> timeouts.apiCallTimeout(Duration.parse(apiCallTimeout)));
    }
}
