package desk.config;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import desk.calendar.BusinessTime;
import desk.sla.FirstResponseTargets;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule: {@code desk.sla.target.*} is business hours ({@code PT10H}) unless written in business days ({@code P1D}). */
class FirstResponseTargetsAreConfiguredAsPropertiesTest {

    @Test
    void the_configured_defaults_are_the_policys_business_hours() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getBean(FirstResponseTargets.class)).isEqualTo(FirstResponseTargets.policyDefaults());
        }
    }

    @Test
    void a_plans_target_can_be_configured_in_business_days() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("desk.sla.target.starter", "P1D"))) {
            FirstResponseTargets targets = context.getBean(FirstResponseTargets.class);

            assertThat(targets.forPlan(Plan.STARTER)).isEqualTo(BusinessTime.days(1));
            assertThat(targets.forPlan(Plan.CONNECT)).isEqualTo(FirstResponseTargets.policyDefaults().forPlan(Plan.CONNECT));
        }
    }
}
