package desk.config;

import desk.account.Plan;
import desk.intake.TicketIntake;
import desk.sla.FirstResponseTargets;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/**
 * The policy's product decisions as configuration with the policy's defaults
 * ({@code desk.sla.*}, ISO-8601 durations of business time).
 */
@Factory
class PolicyFactory {

    @Singleton
    FirstResponseTargets firstResponseTargets(
            @Value("${desk.sla.target.enterprise}") String enterprise,
            @Value("${desk.sla.target.premium}") String premium,
            @Value("${desk.sla.target.starter}") String starter,
            @Value("${desk.sla.target.connect}") String connect,
            @Value("${desk.sla.target.account-request}") String accountRequest,
            @Value("${desk.sla.at-risk-share}") double atRiskShare) {
        return new FirstResponseTargets(
                Map.of(Plan.ENTERPRISE, Duration.parse(enterprise),
                        Plan.PREMIUM, Duration.parse(premium),
                        Plan.STARTER, Duration.parse(starter),
                        Plan.CONNECT, Duration.parse(connect)),
                Duration.parse(accountRequest),
                atRiskShare);
    }

    @Singleton
    TicketIntake ticketIntake(FirstResponseTargets targets) {
        return new TicketIntake(targets);
    }
}
