package desk.calendar;

import static desk.calendar.Calendars.date;
import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.calendar.ClosureReason.ExtraClosure;
import desk.calendar.ClosureReason.PublicHoliday;
import desk.calendar.ClosureReason.Weekend;
import desk.calendar.DeadlineExplanation.SkippedDay;
import desk.calendar.DeadlineExplanation.SpecialHours;
import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short days, seasons and closed periods at each of their edges, beside weekends and holidays (Madrid times).
 * Rules: a date's own hours replace its week's; a season's hours apply from its first to its last date included;
 * a closed period takes its half-open time out of the date's hours and nothing else.
 */
class SpecialHoursAtTheirEdgesTest {

    @ParameterizedTest(name = "{3}: {0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start             | business time | due                 | case
            2026-12-24T13:00    | PT12H         | 2026-12-29T09:00    | a short day's last hour, then Christmas and a weekend
            2026-12-24T13:59:59 | PT1S          | 2026-12-24T14:00    | ending exactly at a short day's end
            2026-12-24T14:00    | PT1H          | 2026-12-28T09:00    | starting exactly at a short day's end
            2026-12-24T07:00    | PT6H          | 2026-12-24T14:00    | a whole short day
            2026-12-23T17:00    | PT2H          | 2026-12-24T09:00    | from a full day into a short day
            2026-12-31T13:00    | PT2H          | 2027-01-04T09:00    | New Year's Eve, then a holiday and a weekend
            2026-06-30T17:00    | PT2H          | 2026-07-01T09:00    | into a season's first date
            2026-06-30T08:00    | PT17H         | 2026-07-01T15:00    | ending at the first season day's closing
            2026-07-01T15:00    | PT1H          | 2026-07-02T09:00    | starting at a season day's closing
            2026-08-28T14:30    | PT1H          | 2026-08-31T08:30    | across a weekend inside the season
            2026-08-31T14:00    | PT2H          | 2026-09-01T09:00    | across a season's last date
            2026-08-31T15:00    | PT1H          | 2026-09-01T09:00    | after a season's last closing
            2026-09-01T17:00    | PT1H          | 2026-09-01T18:00    | the day after a season keeps the week's hours
            """)
    void short_days_and_summer_hours_bound_the_deadline(String start, Duration businessTime, String due, String why) {
        BusinessCalendar calendar = Calendars.madridWithShortDaysAndSummerHours();

        assertThat(calendar.addBusinessTime(madrid(start), businessTime)).isEqualTo(madrid(due));
        assertThat(calendar.businessTimeBetween(madrid(start), madrid(due))).isEqualTo(businessTime);
    }

    @ParameterizedTest(name = "{3}: {0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start             | business time | due                 | case
            2026-11-25T08:30    | PT1H          | 2026-11-25T11:30    | across a closed period
            2026-11-25T08:00    | PT1H          | 2026-11-25T09:00    | ending as a closed period starts
            2026-11-25T09:00    | PT1H          | 2026-11-25T12:00    | starting as a closed period starts
            2026-11-25T10:00    | PT1M          | 2026-11-25T11:01    | starting inside a closed period
            2026-11-25T11:00    | PT1M          | 2026-11-25T11:01    | starting as a closed period ends
            2026-11-25T17:00    | PT2H          | 2026-11-27T09:00    | a date whose closed period covers it all
            """)
    void a_closed_period_removes_only_its_own_time(String start, Duration businessTime, String due, String why) {
        BusinessCalendar calendar = Calendars.madridWithClosedPeriods();

        assertThat(calendar.addBusinessTime(madrid(start), businessTime)).isEqualTo(madrid(due));
        assertThat(calendar.businessTimeBetween(madrid(start), madrid(due))).isEqualTo(businessTime);
    }

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({
            "2026-11-25T08:59:59, true",
            "2026-11-25T09:00,    false",
            "2026-11-25T10:59:59, false",
            "2026-11-25T11:00,    true",
            "2026-11-26T12:00,    false"})
    void a_closed_period_is_half_open_like_a_window(String at, boolean open) {
        assertThat(Calendars.madridWithClosedPeriods().isOpen(madrid(at))).isEqualTo(open);
    }

    @ParameterizedTest(name = "{3}: {0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start             | business time | due                 | case
            2026-11-30T17:30    | PT1H          | 2026-12-01T09:30    | into a season's first date
            2027-01-29T16:30    | PT1H          | 2027-02-01T08:30    | out of a season past its last date on a Sunday
            2026-12-07T16:00    | PT2H          | 2026-12-09T10:00    | a public holiday inside a season is closed
            2027-01-05T16:00    | PT3H          | 2027-01-06T12:00    | a date's own hours open a public holiday
            2026-12-11T16:30    | PT1H          | 2026-12-12T10:30    | a date's own hours open a Saturday
            2026-12-29T16:00    | PT2H          | 2026-12-31T10:00    | a closing date beats the date's own hours
            2026-12-16T11:30    | PT1H          | 2026-12-16T13:30    | a closed period inside a season day
            """)
    void the_rules_of_a_date_apply_in_their_order(String start, Duration businessTime, String due, String why) {
        BusinessCalendar calendar = Calendars.madridWithWinterSeason();

        assertThat(calendar.addBusinessTime(madrid(start), businessTime)).isEqualTo(madrid(due));
        assertThat(calendar.businessTimeBetween(madrid(start), madrid(due))).isEqualTo(businessTime);
    }

    @Test
    void closing_day_beats_own_hours_beat_holiday_beats_season_beats_week() {
        BusinessCalendar calendar = Calendars.madridWithWinterSeason();

        assertThat(calendar.closureOn(date("2026-12-30"))).contains(new ExtraClosure("Stock take"));
        assertThat(calendar.closureOn(date("2027-01-06"))).isEmpty();
        assertThat(calendar.closureOn(date("2026-12-08"))).contains(new PublicHoliday("Immaculate Conception Day"));
        assertThat(calendar.closureOn(date("2026-12-12"))).isEmpty();
        assertThat(calendar.closureOn(date("2026-12-13"))).contains(new Weekend(DayOfWeek.SUNDAY));
        assertThat(calendar.isOpen(madrid("2026-12-01T08:30"))).as("season hours, not the week's").isFalse();
        assertThat(calendar.isOpen(madrid("2026-11-30T08:30"))).as("the week's hours before the season").isTrue();
        assertThat(Calendars.madridWithClosedPeriods().closureOn(date("2026-11-26")))
                .contains(new ExtraClosure("Office move"));
    }

    @Test
    void the_explanation_names_why_a_counted_day_was_short() {
        // when
        DeadlineExplanation explanation = Calendars.madridWithShortDaysAndSummerHours()
                .explain(madrid("2026-12-24T13:00"), Duration.ofHours(12));

        // then
        assertThat(explanation.dueAt()).isEqualTo(madrid("2026-12-29T09:00"));
        assertThat(explanation.specialHours()).containsExactly(
                new SpecialHours(date("2026-12-24"), "Christmas Eve: open 08:00-14:00"));
        assertThat(explanation.skipped()).containsExactly(
                new SkippedDay(date("2026-12-25"), new PublicHoliday("Christmas")),
                new SkippedDay(date("2026-12-26"), new Weekend(DayOfWeek.SATURDAY)),
                new SkippedDay(date("2026-12-27"), new Weekend(DayOfWeek.SUNDAY)));
    }

    @Test
    void the_explanation_names_seasons_closed_periods_and_opened_holidays_on_counted_days() {
        assertThat(Calendars.madridWithShortDaysAndSummerHours()
                .explain(madrid("2026-06-30T17:00"), Duration.ofHours(2)).specialHours())
                .containsExactly(new SpecialHours(date("2026-07-01"), "Summer hours: open 08:00-15:00"));
        assertThat(Calendars.madridWithClosedPeriods()
                .explain(madrid("2026-11-25T08:30"), Duration.ofHours(1)).specialHours())
                .containsExactly(new SpecialHours(date("2026-11-25"), "All-hands meeting: closed 09:00-11:00"));
        assertThat(Calendars.madridWithWinterSeason()
                .explain(madrid("2026-12-16T11:30"), Duration.ofHours(1)).specialHours())
                .containsExactly(new SpecialHours(date("2026-12-16"),
                        "Winter hours: open 09:00-17:00; Fire drill: closed 12:00-13:00"));
        assertThat(Calendars.madridWithWinterSeason()
                .explain(madrid("2027-01-05T16:00"), Duration.ofHours(3)).specialHours())
                .containsExactly(new SpecialHours(date("2027-01-05"), "Winter hours: open 09:00-17:00"),
                        new SpecialHours(date("2027-01-06"), "Year-end migration: open 10:00-14:00"));
    }

    @Test
    void days_on_the_weeks_hours_are_not_named() {
        assertThat(Calendars.spainMadrid().explain(madrid("2026-12-24T13:00"), Duration.ofHours(12)).specialHours())
                .isEmpty();
        assertThat(Calendars.madridWithShortDaysAndSummerHours()
                .explain(madrid("2026-12-22T10:00"), Duration.ofHours(2)).specialHours()).isEmpty();
    }
}
