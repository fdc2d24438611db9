package desk.calendar;

import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.calendar.DeadlineExplanation.SpecialHours;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Own hours, closed periods and seasons whose times touch the 2026 switches in Madrid (29 Mar 02:00 CET -> 03:00
 * CEST, 25 Oct 03:00 CEST -> 02:00 CET). Rule: their local times become instants like any window's (a gap shifts
 * forward, an overlap takes the earlier offset) and business time is the real time between them.
 */
class SpecialHoursAcrossDstTest {

    @ParameterizedTest(name = "{0} .. {1} = {2}")
    @CsvSource({
            "2026-03-29T00:00+01:00, 2026-03-30T00:00+02:00, PT2H",
            "2026-10-25T00:00+02:00, 2026-10-26T00:00+01:00, PT5H"})
    void own_hours_and_a_closed_period_on_a_switch_day_count_real_time(String from, String to, Duration expected) {
        assertThat(Calendars.madridNightShiftWithSwitchDayRules().businessTimeBetween(madrid(from), madrid(to)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{3}: {0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start                  | business time | due                    | case
            2026-03-29T00:00+01:00   | PT1H          | 2026-03-29T03:00+02:00 | own hours opening before the gap
            2026-03-29T01:30+01:00   | PT1H30M       | 2026-03-29T04:00+02:00 | ending at own hours' end after the gap
            2026-03-29T01:30+01:00   | PT2H          | 2026-03-30T08:30+02:00 | past own hours' end on the switch day
            2026-10-25T01:00+02:00   | PT1H          | 2026-10-25T02:00+02:00 | ending as the closed period starts
            2026-10-25T01:00+02:00   | PT2H          | 2026-10-25T04:00+01:00 | across a closed period covering both 02:00s
            2026-10-25T02:30+01:00   | PT1H          | 2026-10-25T04:00+01:00 | starting in the repeated hour, closed
            """)
    void deadlines_on_switch_days_with_own_rules(String start, Duration businessTime, String due, String why) {
        BusinessCalendar calendar = Calendars.madridNightShiftWithSwitchDayRules();

        assertThat(calendar.addBusinessTime(madrid(start), businessTime)).isEqualTo(madrid(due));
        assertThat(calendar.subtractBusinessTime(madrid(due), businessTime))
                .isEqualTo(calendar.nextOpening(madrid(start)));
    }

    @Test
    void a_closed_period_in_the_repeated_hour_closes_both_of_its_instants() {
        BusinessCalendar calendar = Calendars.madridNightShiftWithSwitchDayRules();

        assertThat(calendar.isOpen(madrid("2026-10-25T01:59:59+02:00"))).isTrue();
        assertThat(calendar.isOpen(madrid("2026-10-25T02:30+02:00"))).isFalse();
        assertThat(calendar.isOpen(madrid("2026-10-25T02:30+01:00"))).isFalse();
        assertThat(calendar.isOpen(madrid("2026-10-25T03:00+01:00"))).isTrue();
        assertThat(calendar.explain(madrid("2026-10-25T01:00+02:00"), Duration.ofHours(2)).specialHours())
                .containsExactly(new SpecialHours(Calendars.date("2026-10-25"), "Clock change check: closed 02:00-03:00"));
    }

    @ParameterizedTest(name = "{0}: the night lasts {1}")
    @CsvSource({"2026-03-22, PT6H", "2026-03-29, PT2H", "2026-10-25, PT4H", "2026-11-01, PT6H"})
    void a_season_starting_and_ending_on_switch_dates_counts_real_hours(String sunday, Duration realLength) {
        BusinessCalendar calendar = Calendars.madridWithSeasonOnTheSwitchDates();
        var from = madrid(sunday + "T00:00");
        var to = madrid(Calendars.date(sunday).plusDays(1) + "T00:00");

        assertThat(calendar.businessTimeBetween(from, to)).isEqualTo(realLength);
        assertThat(calendar.addBusinessTime(calendar.nextOpening(from), realLength))
                .isEqualTo(calendar.nextOpening(from).plus(realLength));
    }
}
