package desk.calendar;

import static desk.calendar.Calendars.date;
import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import desk.calendar.ClosureReason.ExtraClosure;
import desk.calendar.ClosureReason.PublicHoliday;
import desk.calendar.ClosureReason.Weekend;
import desk.calendar.DeadlineExplanation.CountedInterval;
import desk.calendar.DeadlineExplanation.SkippedDay;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-checked cases around openings, closings, midnight, lunch gaps and extra closures (Madrid times). */
class DeadlinesAtTheEdgesOfOpeningHoursTest {

    @ParameterizedTest(name = "{3}: {0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start             | business time | due                 | case
            2026-11-23T07:00    | PT1H          | 2026-11-23T09:00    | before opening
            2026-11-23T08:00    | PT1H          | 2026-11-23T09:00    | exactly at opening
            2026-11-23T18:00    | PT1H          | 2026-11-24T09:00    | exactly at closing
            2026-11-23T17:00    | PT1H          | 2026-11-23T18:00    | ending exactly at closing
            2026-11-23T08:00    | PT10H         | 2026-11-23T18:00    | a whole day
            2026-11-23T10:00    | PT10H         | 2026-11-24T10:00    | one day later
            2026-11-23T10:00    | PT50H         | 2026-11-30T10:00    | one week later
            2026-11-23T17:59:59 | PT2S          | 2026-11-24T08:00:01 | a second over closing
            2026-11-23T00:00    | PT1H          | 2026-11-23T09:00    | midnight of a working day
            2026-11-23T23:59:59 | PT1S          | 2026-11-24T08:00:01 | just before midnight
            2026-11-28T00:00    | PT1H          | 2026-11-30T09:00    | midnight of a Saturday
            2026-11-27T23:59:59 | PT1S          | 2026-11-30T08:00:01 | just before the weekend midnight
            2026-11-23T10:00    | PT0S          | 2026-11-23T10:00    | zero while open
            2026-11-28T11:00    | PT0S          | 2026-11-28T11:00    | zero while closed
            2026-11-23T18:00    | PT0S          | 2026-11-23T18:00    | zero at closing
            2026-12-08T12:00    | PT0S          | 2026-12-08T12:00    | zero on a holiday
            """)
    void office_hours_deadlines(String start, Duration businessTime, String due, String description) {
        assertThat(Calendars.spainMadrid().addBusinessTime(madrid(start), businessTime)).isEqualTo(madrid(due));
    }

    @ParameterizedTest(name = "{3}: {0} + {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start             | business time | due                 | case
            2026-11-23T13:00    | PT2H          | 2026-11-23T16:00    | across lunch
            2026-11-23T13:00    | PT1H          | 2026-11-23T14:00    | ending as lunch starts
            2026-11-23T14:00    | PT1H          | 2026-11-23T16:00    | starting as lunch starts
            2026-11-23T14:30    | PT30M         | 2026-11-23T15:30    | starting during lunch
            2026-11-23T15:00    | PT30M         | 2026-11-23T15:30    | starting as lunch ends
            2026-11-23T08:00    | PT9H          | 2026-11-23T18:00    | a whole day with lunch
            2026-11-26T17:00    | PT8H          | 2026-11-27T15:00    | into a short Friday
            2026-11-27T14:00    | PT2H          | 2026-11-30T09:00    | from a short Friday
            """)
    void lunch_gap_deadlines(String start, Duration businessTime, String due, String description) {
        assertThat(Calendars.madridWithLunchBreak().addBusinessTime(madrid(start), businessTime))
                .isEqualTo(madrid(due));
    }

    @Test
    void time_counted_across_lunch_is_two_pieces_of_the_same_day() {
        // when
        DeadlineExplanation explanation =
                Calendars.madridWithLunchBreak().explain(madrid("2026-11-23T13:00"), Duration.ofHours(2));

        // then
        assertThat(explanation.counted()).containsExactly(
                new CountedInterval(madrid("2026-11-23T13:00"), madrid("2026-11-23T14:00")),
                new CountedInterval(madrid("2026-11-23T15:00"), madrid("2026-11-23T16:00")));
        assertThat(explanation.skipped()).isEmpty();
    }

    @Test
    void zero_time_is_explained_as_nothing_counted_and_nothing_skipped() {
        // given
        Instant saturday = madrid("2026-11-28T11:00");

        // when
        DeadlineExplanation explanation = Calendars.spainMadrid().explain(saturday, Duration.ZERO);

        // then
        assertThat(explanation).isEqualTo(
                new DeadlineExplanation(saturday, Duration.ZERO, saturday, java.util.List.of(), java.util.List.of()));
    }

    @Test
    void an_open_date_where_counting_starts_after_closing_is_not_a_skipped_day() {
        // when
        DeadlineExplanation explanation =
                Calendars.spainMadrid().explain(madrid("2026-11-27T19:00"), Duration.ofHours(1));

        // then
        assertThat(explanation.dueAt()).isEqualTo(madrid("2026-11-30T09:00"));
        assertThat(explanation.skipped()).extracting(SkippedDay::date)
                .containsExactly(date("2026-11-28"), date("2026-11-29"));
    }

    @Test
    void an_extra_closing_date_is_skipped_like_a_holiday_with_its_reason() {
        // given
        BusinessCalendar calendar = Calendars.spainMadridClosedOn(
                ClosingDate.on(date("2026-12-24"), "Christmas Eve office closure"));

        // when
        DeadlineExplanation explanation = calendar.explain(madrid("2026-12-23T17:00"), Duration.ofHours(2));

        // then
        assertThat(explanation.dueAt()).isEqualTo(madrid("2026-12-28T09:00"));
        assertThat(explanation.skipped()).containsExactly(
                new SkippedDay(date("2026-12-24"), new ExtraClosure("Christmas Eve office closure")),
                new SkippedDay(date("2026-12-25"), new PublicHoliday("Christmas")),
                new SkippedDay(date("2026-12-26"), new Weekend(DayOfWeek.SATURDAY)),
                new SkippedDay(date("2026-12-27"), new Weekend(DayOfWeek.SUNDAY)));
    }

    @Test
    void an_extra_closure_is_the_reason_given_before_a_holiday_or_a_weekend() {
        // given
        BusinessCalendar calendar = Calendars.spainMadridClosedOn(
                ClosingDate.on(date("2026-12-25"), "Stock take"),
                ClosingDate.on(date("2026-11-28"), "Move to new office"));

        // when / then
        assertThat(calendar.closureOn(date("2026-12-25"))).contains(new ExtraClosure("Stock take"));
        assertThat(calendar.closureOn(date("2026-11-28"))).contains(new ExtraClosure("Move to new office"));
        assertThat(calendar.closureOn(date("2026-11-29"))).contains(new Weekend(DayOfWeek.SUNDAY));
        assertThat(calendar.closureOn(date("2026-11-30"))).isEmpty();
        assertThat(calendar.extraClosures()).extracting(ClosingDate::date)
                .containsExactly(date("2026-11-28"), date("2026-12-25"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-11-23T10:00,    2026-11-23T10:00",
            "2026-11-23T08:00,    2026-11-23T08:00",
            "2026-11-23T07:59:59, 2026-11-23T08:00",
            "2026-11-23T00:00,    2026-11-23T08:00",
            "2026-11-23T18:00,    2026-11-24T08:00",
            "2026-11-27T18:30,    2026-11-30T08:00",
            "2026-11-28T00:00,    2026-11-30T08:00",
            "2026-12-07T19:00,    2026-12-09T08:00",
            "2026-12-24T18:00,    2026-12-28T08:00"})
    void next_opening_is_now_when_open_else_the_next_window(String at, String expected) {
        assertThat(Calendars.spainMadrid().nextOpening(madrid(at))).isEqualTo(madrid(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-11-23T13:59:59, 2026-11-23T13:59:59",
            "2026-11-23T14:00,    2026-11-23T15:00",
            "2026-11-23T14:59,    2026-11-23T15:00",
            "2026-11-27T15:00,    2026-11-30T08:00"})
    void next_opening_after_lunch_is_the_afternoon_window(String at, String expected) {
        assertThat(Calendars.madridWithLunchBreak().nextOpening(madrid(at))).isEqualTo(madrid(expected));
    }

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource({
            "2026-11-23T07:59:59, false",
            "2026-11-23T08:00,    true",
            "2026-11-23T17:59:59, true",
            "2026-11-23T18:00,    false",
            "2026-11-28T12:00,    false",
            "2026-12-08T12:00,    false"})
    void opening_windows_include_their_opening_but_not_their_closing(String at, boolean open) {
        assertThat(Calendars.spainMadrid().isOpen(madrid(at))).isEqualTo(open);
    }

    @ParameterizedTest(name = "{0} .. {1} = {2}")
    @CsvSource({
            "2026-11-27T17:30, 2026-11-30T09:30, PT2H",
            "2026-11-23T07:00, 2026-11-23T20:00, PT10H",
            "2026-12-07T16:00, 2026-12-09T18:00, PT12H",
            "2026-11-28T00:00, 2026-11-30T00:00, PT0S",
            "2026-11-23T10:00, 2026-11-23T10:00, PT0S",
            "2026-11-23T10:00:00.5, 2026-11-23T10:00:01, PT0.5S"})
    void business_time_between_counts_only_open_time(String from, String to, Duration expected) {
        assertThat(Calendars.spainMadrid().businessTimeBetween(madrid(from), madrid(to))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} .. {1} = {2}")
    @CsvSource({
            "2026-11-23T10:00, 2026-11-23T09:00, -PT1H",
            "2026-11-30T09:30, 2026-11-27T17:30, -PT2H",
            "2026-11-30T00:00, 2026-11-28T00:00, PT0S"})
    void a_reversed_range_is_answered_with_the_forward_time_negated(String from, String to, Duration expected) {
        // rule: businessTimeBetween(a, b) == -businessTimeBetween(b, a); a reversed range is never refused
        BusinessCalendar calendar = Calendars.spainMadrid();

        assertThat(calendar.businessTimeBetween(madrid(from), madrid(to))).isEqualTo(expected);
        assertThat(calendar.businessTimeBetween(madrid(to), madrid(from))).isEqualTo(expected.negated());
    }

    @Test
    void negative_business_time_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Calendars.spainMadrid()
                        .addBusinessTime(madrid("2026-11-23T10:00"), Duration.ofMinutes(-1)))
                .withMessageContaining("negative");
    }
}
