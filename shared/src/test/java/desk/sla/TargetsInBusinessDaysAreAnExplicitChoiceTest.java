package desk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import desk.account.Plan;
import desk.calendar.BusinessTime;
import desk.calendar.Calendars;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule: a target is business hours ({@code PT10H}) unless configured in business days ({@code P1D}); the policy's
 * defaults stay hours (Starter and Connect 10 business hours).
 */
class TargetsInBusinessDaysAreAnExplicitChoiceTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PT10H, PT10H", "PT2H30M, PT2H30M", "P1D, P1D", "P3D, P3D"})
    void business_time_is_written_as_iso_hours_or_days(String text, String written) {
        assertThat(BusinessTime.parse(text)).hasToString(written);
        assertThat(BusinessTime.parse("PT10H")).isEqualTo(BusinessTime.hours(Duration.ofHours(10)));
        assertThat(BusinessTime.parse("P1D")).isEqualTo(BusinessTime.days(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"P1DT2H", "10h", "P1W", "-PT1H", "P-1D"})
    void business_time_that_mixes_days_and_hours_or_is_negative_is_refused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BusinessTime.parse(text));
    }

    @Test
    void the_policys_defaults_stay_business_hours() {
        FirstResponseTargets defaults = FirstResponseTargets.policyDefaults();

        assertThat(defaults.forPlan(Plan.STARTER)).isEqualTo(BusinessTime.hours(Duration.ofHours(10)));
        assertThat(defaults.forPlan(Plan.CONNECT)).isEqualTo(BusinessTime.hours(Duration.ofHours(10)));
        assertThat(defaults.forPlan(Plan.ENTERPRISE)).isEqualTo(BusinessTime.hours(Duration.ofHours(2)));
        assertThat(defaults.forPlan(Plan.PREMIUM)).isEqualTo(BusinessTime.hours(Duration.ofHours(12)));
    }

    @Test
    void a_starter_target_of_one_business_day_is_due_at_the_same_time_on_the_next_open_date() {
        // given: Starter received Sat 28 Nov 11:00 (the policy's hours put it at Mon 18:00)
        FirstResponseTargets targets = new FirstResponseTargets(
                Map.of(Plan.ENTERPRISE, BusinessTime.hours(Duration.ofHours(2)),
                        Plan.PREMIUM, BusinessTime.hours(Duration.ofHours(12)),
                        Plan.STARTER, BusinessTime.days(1),
                        Plan.CONNECT, BusinessTime.hours(Duration.ofHours(10))),
                BusinessTime.hours(Duration.ofHours(30)), 0.75);
        Instant saturday = madrid("2026-11-28T11:00");

        // when
        FirstResponseDeadline deadline = FirstResponseDeadline.of(new ResponseTarget.Contractual(
                targets.forPlan(Plan.STARTER)), saturday, Calendars.spainMadrid(), targets).orElseThrow();

        // then: Monday 11:00; three business hours counted, at risk after 75% of them
        assertThat(deadline.target()).hasToString("P1D");
        assertThat(deadline.dueAt()).isEqualTo(madrid("2026-11-30T11:00"));
        assertThat(deadline.explanation().target()).isEqualTo(Duration.ofHours(3));
        assertThat(deadline.atRiskAt()).isEqualTo(Optional.of(madrid("2026-11-30T10:15")));
        assertThat(deadline.clockStartedAt()).isEqualTo(madrid("2026-11-30T08:00"));
    }

    @Test
    void a_target_of_zero_business_days_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseTarget.Contractual(BusinessTime.days(0)));
    }

    private static Instant madrid(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), MADRID).toInstant();
    }
}
