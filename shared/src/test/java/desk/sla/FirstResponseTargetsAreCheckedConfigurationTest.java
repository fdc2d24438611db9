package desk.sla;

import static desk.sla.SlaFixtures.policyPlanTargets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.account.Plan;
import desk.calendar.BusinessTime;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Policy, first-response SLA: targets are configurable defaults (Enterprise 2 h, Premium 12 h, Starter and Connect
 * 10 h, Customer Success 30 h, at risk at 75%); a configuration that leaves a plan without a target is refused.
 */
class FirstResponseTargetsAreCheckedConfigurationTest {

    @Test
    void the_policy_defaults_are_the_seeds_figures() {
        // given
        FirstResponseTargets targets = FirstResponseTargets.policyDefaults();

        // when / then
        assertThat(targets.forPlan(Plan.ENTERPRISE)).isEqualTo(BusinessTime.hours(Duration.ofHours(2)));
        assertThat(targets.forPlan(Plan.PREMIUM)).isEqualTo(BusinessTime.hours(Duration.ofHours(12)));
        assertThat(targets.forPlan(Plan.STARTER)).isEqualTo(BusinessTime.hours(Duration.ofHours(10)));
        assertThat(targets.forPlan(Plan.CONNECT)).isEqualTo(BusinessTime.hours(Duration.ofHours(10)));
        assertThat(targets.accountRequestTarget()).isEqualTo(BusinessTime.hours(Duration.ofHours(30)));
        assertThat(targets.atRiskShare()).isEqualTo(0.75);
    }

    @ParameterizedTest(name = "without {0}")
    @EnumSource(Plan.class)
    void a_configuration_missing_a_plan_is_refused_naming_the_plan(Plan missing) {
        // given
        Map<Plan, Duration> planTargets = policyPlanTargets();
        planTargets.remove(missing);

        // when / then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FirstResponseTargets(planTargets, Duration.ofHours(30), 0.75))
                .withMessage("no first-response target for plan " + missing);
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(doubles = {0.0, 1.0, -0.25, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
    void an_at_risk_share_outside_zero_and_one_exclusive_is_refused(double share) {
        // given
        Map<Plan, Duration> planTargets = policyPlanTargets();

        // when / then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FirstResponseTargets(planTargets, Duration.ofHours(30), share))
                .withMessageContaining("strictly between 0 and 1")
                .withMessageContaining(String.valueOf(share));
    }

    @ParameterizedTest(name = "share {0}")
    @ValueSource(doubles = {0.01, 0.5, 0.75, 0.99})
    void an_at_risk_share_inside_zero_and_one_is_kept(double share) {
        // given
        Map<Plan, Duration> planTargets = policyPlanTargets();

        // when
        FirstResponseTargets targets = new FirstResponseTargets(planTargets, Duration.ofHours(30), share);

        // then
        assertThat(targets.atRiskShare()).isEqualTo(share);
    }

    @Test
    void the_plan_targets_are_copied_so_later_changes_to_the_given_map_do_not_leak_in() {
        // given
        Map<Plan, Duration> planTargets = policyPlanTargets();
        FirstResponseTargets targets = new FirstResponseTargets(planTargets, Duration.ofHours(30), 0.75);

        // when
        planTargets.put(Plan.ENTERPRISE, Duration.ofHours(99));

        // then
        assertThat(targets.forPlan(Plan.ENTERPRISE)).isEqualTo(BusinessTime.hours(Duration.ofHours(2)));
        assertThatThrownBy(() -> targets.planTargets().put(Plan.PREMIUM, BusinessTime.hours(Duration.ZERO)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "PT2H,  PT1H30M",
            "PT12H, PT9H",
            "PT10H, PT7H30M",
            "PT30H, PT22H30M",
            "PT1M,  PT45S"})
    void at_75_percent_a_ticket_is_at_risk_after_three_quarters_of_its_target(String target, String atRisk) {
        // given
        FirstResponseTargets targets = FirstResponseTargets.policyDefaults();

        // when
        Duration after = targets.atRiskAfter(Duration.parse(target));

        // then
        assertThat(after).isEqualTo(Duration.parse(atRisk));
    }

    @Test
    void the_at_risk_point_follows_the_configured_share() {
        // given
        FirstResponseTargets half = new FirstResponseTargets(policyPlanTargets(), Duration.ofHours(30), 0.5);

        // when
        Duration after = half.atRiskAfter(Duration.ofHours(2));

        // then
        assertThat(after).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void the_at_risk_point_is_rounded_down_to_the_millisecond() {
        // given: a third of one second is 333.33... ms
        FirstResponseTargets third = new FirstResponseTargets(policyPlanTargets(), Duration.ofHours(30), 1.0 / 3);

        // when
        Duration after = third.atRiskAfter(Duration.ofSeconds(1));

        // then
        assertThat(after).isEqualTo(Duration.ofMillis(333));
    }
    @Test
    void a_zero_or_negative_target_is_refused_when_configured() {
        // given
        Map<Plan, Duration> zeroPremium = policyPlanTargets();
        zeroPremium.put(Plan.PREMIUM, Duration.ZERO);
        Map<Plan, Duration> negativeStarter = policyPlanTargets();
        negativeStarter.put(Plan.STARTER, Duration.ofHours(-1));

        // when / then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FirstResponseTargets(zeroPremium, Duration.ofHours(30), 0.75))
                .withMessageContaining("PREMIUM");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FirstResponseTargets(negativeStarter, Duration.ofHours(30), 0.75))
                .withMessageContaining("STARTER");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new FirstResponseTargets(policyPlanTargets(), Duration.ZERO, 0.75));
        assertThatThrownBy(() -> new FirstResponseTargets(policyPlanTargets(), null, 0.75))
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
                .hasMessageContaining("accountRequestTarget");
    }
}
