package desk.calendar;

import static desk.calendar.Calendars.date;
import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.calendar.ClosureReason.PublicHoliday;
import desk.calendar.ClosureReason.Weekend;
import desk.calendar.DeadlineExplanation.CountedInterval;
import desk.calendar.DeadlineExplanation.SkippedDay;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The worked examples of the product policy, Europe/Madrid wall-clock times. */
class DeadlinesFollowThePolicyExamplesTest {

    private final BusinessCalendar calendar = Calendars.spainMadrid();

    @Test
    void two_hours_from_monday_morning_land_the_same_morning() {
        // given
        Instant start = madrid("2026-11-23T10:00");

        // when
        Instant due = calendar.addBusinessTime(start, Duration.ofHours(2));

        // then
        assertThat(due).isEqualTo(madrid("2026-11-23T12:00"));
    }

    @Test
    void time_added_friday_evening_lands_monday_morning() {
        // given
        Instant start = madrid("2026-11-27T17:30");

        // when
        DeadlineExplanation explanation = calendar.explain(start, Duration.ofHours(2));

        // then
        assertThat(explanation.dueAt()).isEqualTo(madrid("2026-11-30T09:30"));
        assertThat(explanation.counted()).containsExactly(
                new CountedInterval(madrid("2026-11-27T17:30"), madrid("2026-11-27T18:00")),
                new CountedInterval(madrid("2026-11-30T08:00"), madrid("2026-11-30T09:30")));
        assertThat(explanation.skipped()).containsExactly(
                new SkippedDay(date("2026-11-28"), new Weekend(DayOfWeek.SATURDAY)),
                new SkippedDay(date("2026-11-29"), new Weekend(DayOfWeek.SUNDAY)));
        assertThat(explanation.start()).isEqualTo(start);
        assertThat(explanation.target()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void twelve_hours_from_the_eve_of_a_national_holiday_skip_the_holiday() {
        // given
        Instant start = madrid("2026-12-07T16:00");

        // when
        DeadlineExplanation explanation = calendar.explain(start, Duration.ofHours(12));

        // then
        assertThat(explanation.dueAt()).isEqualTo(madrid("2026-12-09T18:00"));
        assertThat(explanation.skipped()).containsExactly(
                new SkippedDay(date("2026-12-08"), new PublicHoliday("Immaculate Conception Day")));
        assertThat(explanation.counted()).containsExactly(
                new CountedInterval(madrid("2026-12-07T16:00"), madrid("2026-12-07T18:00")),
                new CountedInterval(madrid("2026-12-09T08:00"), madrid("2026-12-09T18:00")));
    }

    @Test
    void a_clock_started_on_saturday_starts_counting_at_monday_opening() {
        // given
        Instant start = madrid("2026-11-28T11:00");

        // when
        DeadlineExplanation explanation = calendar.explain(start, Duration.ofHours(10));

        // then
        assertThat(explanation.dueAt()).isEqualTo(madrid("2026-11-30T18:00"));
        assertThat(explanation.counted()).containsExactly(
                new CountedInterval(madrid("2026-11-30T08:00"), madrid("2026-11-30T18:00")));
        // Saturday is the start's own date, not a whole date between start and deadline.
        assertThat(explanation.skipped()).containsExactly(
                new SkippedDay(date("2026-11-29"), new Weekend(DayOfWeek.SUNDAY)));
    }

    @Test
    void time_added_before_the_spring_switch_lands_in_summer_time() {
        // given: Friday 17:00 CET, clocks go forward on Sunday 29 March
        Instant start = madrid("2026-03-27T17:00+01:00");

        // when
        Instant due = calendar.addBusinessTime(start, Duration.ofHours(2));

        // then: Monday 09:00 CEST
        assertThat(due).isEqualTo(madrid("2026-03-30T09:00+02:00"));
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }
}
