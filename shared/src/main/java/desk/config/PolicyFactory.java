package desk.config;

import desk.account.Plan;
import desk.calendar.BusinessTime;
import desk.intake.TicketIntake;
import desk.sla.FirstResponseTargets;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The policy's product decisions as configuration with the policy's defaults
 * ({@code desk.sla.*}: business hours as ISO-8601 durations, {@code PT10H}, or business days,
 * {@code P1D}, chosen per target).
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
                Map.of(Plan.ENTERPRISE, BusinessTime.parse(enterprise),
                        Plan.PREMIUM, BusinessTime.parse(premium),
                        Plan.STARTER, BusinessTime.parse(starter),
                        Plan.CONNECT, BusinessTime.parse(connect)),
                BusinessTime.parse(accountRequest),
                atRiskShare);
    }

    @Singleton
    TicketIntake ticketIntake(FirstResponseTargets targets) {
        return new TicketIntake(targets);
    }
}
