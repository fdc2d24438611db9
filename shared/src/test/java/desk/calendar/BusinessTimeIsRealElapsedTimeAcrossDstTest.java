package desk.calendar;

import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Madrid switches at 02:00 CET -> 03:00 CEST (29 Mar 2026, 28 Mar 2027) and 03:00 CEST -> 02:00 CET
 * (25 Oct 2026, 31 Oct 2027). Times carry explicit offsets where the offset is the point.
 */
class BusinessTimeIsRealElapsedTimeAcrossDstTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start                  | business time | due
            2026-03-27T17:00+01:00   | PT2H          | 2026-03-30T09:00+02:00
            2026-10-23T17:00+02:00   | PT2H          | 2026-10-26T09:00+01:00
            2027-03-25T17:00+01:00   | PT2H          | 2027-03-29T09:00+02:00
            2027-10-29T17:00+02:00   | PT2H          | 2027-11-02T09:00+01:00
            2026-03-27T12:00+01:00   | PT10H         | 2026-03-30T12:00+02:00
            2026-10-23T12:00+02:00   | PT10H         | 2026-10-26T12:00+01:00
            """)
    void office_hours_keep_their_wall_clock_times_across_a_switch(String start, Duration businessTime, String due) {
        // given
        BusinessCalendar calendar = Calendars.spainMadrid();

        // when / then
        assertThat(calendar.addBusinessTime(madrid(start), businessTime)).isEqualTo(madrid(due));
        assertThat(calendar.businessTimeBetween(madrid(start), madrid(due))).isEqualTo(businessTime);
    }

    @ParameterizedTest(name = "{0}: the 00:00-06:00 window lasts {1}")
    @CsvSource({
            "2026-03-29, PT5H", "2026-10-25, PT7H", "2027-03-28, PT5H", "2027-10-31, PT7H", "2026-03-22, PT6H"})
    void a_window_spanning_the_switch_hour_counts_the_real_hours_in_it(String sunday, Duration realLength) {
        // given
        BusinessCalendar calendar = Calendars.madridWithSundayNightShift();
        Instant opens = madrid(sunday + "T00:00");
        Instant closes = madrid(sunday + "T06:00");

        // when / then
        assertThat(calendar.businessTimeBetween(opens, closes)).isEqualTo(realLength);
        assertThat(Duration.between(opens, closes)).isEqualTo(realLength);
        assertThat(calendar.addBusinessTime(opens, realLength)).isEqualTo(closes);
        assertThat(calendar.addBusinessTime(opens, realLength.plusHours(1)))
                .isEqualTo(madrid(Calendars.date(sunday).plusDays(1) + "T09:00"));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start                  | business time | due
            2026-03-29T00:00+01:00   | PT1H          | 2026-03-29T01:00+01:00
            2026-03-29T00:00+01:00   | PT2H          | 2026-03-29T03:00+02:00
            2026-03-29T01:30+01:00   | PT1H          | 2026-03-29T03:30+02:00
            2026-10-25T00:00+02:00   | PT2H30M       | 2026-10-25T02:30+02:00
            2026-10-25T00:00+02:00   | PT3H30M       | 2026-10-25T02:30+01:00
            2026-10-25T02:30+02:00   | PT1H          | 2026-10-25T02:30+01:00
            2027-10-31T01:00+02:00   | PT5H          | 2027-10-31T05:00+01:00
            """)
    void a_deadline_inside_a_switching_window_is_real_time_later(String start, Duration businessTime, String due) {
        // given
        BusinessCalendar calendar = Calendars.madridWithSundayNightShift();

        // when / then
        assertThat(calendar.addBusinessTime(madrid(start), businessTime)).isEqualTo(madrid(due));
        assertThat(Duration.between(madrid(start), madrid(due))).isEqualTo(businessTime);
    }

    @Test
    void an_opening_time_in_the_spring_gap_shifts_forward_by_the_gap() {
        // given: 02:30 does not exist on 29 March 2026; it becomes 03:30 CEST
        BusinessCalendar calendar = Calendars.madridWith("SUN 02:30-05:00");

        // when / then
        assertThat(calendar.nextOpening(madrid("2026-03-29T00:00"))).isEqualTo(madrid("2026-03-29T03:30+02:00"));
        assertThat(calendar.businessTimeBetween(madrid("2026-03-28T00:00"), madrid("2026-03-30T00:00")))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void a_window_swallowed_by_the_spring_gap_counts_nothing() {
        // given: 02:15-03:15 becomes 03:15-03:15 CEST, an empty window
        BusinessCalendar calendar = Calendars.madridWith("SUN 02:15-03:15,04:00-05:00");

        // when / then
        assertThat(calendar.businessTimeBetween(madrid("2026-03-29T00:00"), madrid("2026-03-30T00:00")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(calendar.nextOpening(madrid("2026-03-29T00:00"))).isEqualTo(madrid("2026-03-29T04:00+02:00"));
        assertThat(calendar.isOpen(madrid("2026-03-29T03:15+02:00"))).isFalse();
    }

    @Test
    void windows_pushed_together_by_the_spring_gap_count_each_instant_once() {
        // given: 02:00-02:45 becomes 03:00-03:45 CEST, running into the 03:00-04:00 window
        BusinessCalendar calendar = Calendars.madridWith("SUN 02:00-02:45,03:00-04:00");
        Instant sunday = madrid("2026-03-29T00:00");

        // when
        DeadlineExplanation explanation = calendar.explain(sunday, Duration.ofHours(1));

        // then: one real hour of open time, 03:00-04:00 CEST
        assertThat(calendar.businessTimeBetween(sunday, madrid("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(explanation.dueAt()).isEqualTo(madrid("2026-03-29T04:00+02:00"));
        assertThat(explanation.counted()).extracting(DeadlineExplanation.CountedInterval::to)
                .containsExactly(madrid("2026-03-29T03:45+02:00"), madrid("2026-03-29T04:00+02:00"));
    }

    @Test
    void a_window_in_the_autumn_overlap_opens_at_the_earlier_offset() {
        // given: 02:30 happens twice on 25 October 2026; the window opens at the first, CEST
        BusinessCalendar calendar = Calendars.madridWith("SUN 02:30-04:00");

        // when / then: 02:30 CEST to 04:00 CET is two and a half real hours
        assertThat(calendar.nextOpening(madrid("2026-10-25T00:00"))).isEqualTo(madrid("2026-10-25T02:30+02:00"));
        assertThat(calendar.isOpen(madrid("2026-10-25T02:15+01:00"))).isTrue();
        assertThat(calendar.businessTimeBetween(madrid("2026-10-25T00:00"), madrid("2026-10-26T00:00")))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void a_desk_open_around_the_clock_adds_plain_elapsed_time_across_the_switch() {
        // given
        BusinessCalendar calendar = Calendars.madridWith("MON-SUN 00:00-24:00");
        Instant start = madrid("2026-03-28T12:00");

        // when
        DeadlineExplanation explanation = calendar.explain(start, Duration.ofHours(24));

        // then
        assertThat(explanation.dueAt()).isEqualTo(start.plus(Duration.ofHours(24)))
                .isEqualTo(madrid("2026-03-29T13:00+02:00"));
        assertThat(explanation.skipped()).isEmpty();
        assertThat(explanation.counted()).hasSize(2);
    }
}
