package desk.calendar;

import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Rule: subtracting business time gives the latest instant from which that much open time elapses until the given
 * one, so it lands in open time or on an opening, never on a closing (Madrid times).
 */
class CountingBackwardsFromAnInstantTest {

    @ParameterizedTest(name = "{3}: {0} - {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # end                    | business time | start                  | case
            2026-11-23T12:00         | PT2H          | 2026-11-23T10:00       | within a day
            2026-11-24T09:00         | PT1H          | 2026-11-24T08:00       | landing on an opening, not the closing before it
            2026-11-24T08:00         | PT1H          | 2026-11-23T17:00       | from an opening
            2026-11-28T12:00         | PT1H          | 2026-11-27T17:00       | from a weekend
            2026-11-30T09:30         | PT2H          | 2026-11-27T17:30       | across a weekend
            2026-12-09T18:00         | PT12H         | 2026-12-07T16:00       | across a holiday
            2026-11-23T10:00         | PT0S          | 2026-11-23T10:00       | zero while open
            2026-11-28T11:00         | PT0S          | 2026-11-28T11:00       | zero while closed
            2026-03-30T09:00+02:00   | PT2H          | 2026-03-27T17:00+01:00 | back across the spring switch
            2026-10-26T09:00+01:00   | PT2H          | 2026-10-23T17:00+02:00 | back across the autumn switch
            """)
    void office_hours_counted_backwards(String end, Duration businessTime, String start, String why) {
        assertThat(Calendars.spainMadrid().subtractBusinessTime(madrid(end), businessTime)).isEqualTo(madrid(start));
    }

    @ParameterizedTest(name = "{3}: {0} - {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # end                    | business time | start                  | case
            2026-12-29T09:00         | PT12H         | 2026-12-24T13:00       | back into a short day
            2026-12-28T08:00         | PT30M         | 2026-12-24T13:30       | from an opening to a short day's end
            2026-07-01T09:00         | PT2H          | 2026-06-30T17:00       | back out of a season's first date
            2026-09-01T09:00         | PT2H          | 2026-08-31T14:00       | back into a season's last date
            """)
    void short_days_and_seasons_counted_backwards(String end, Duration businessTime, String start, String why) {
        assertThat(Calendars.madridWithShortDaysAndSummerHours().subtractBusinessTime(madrid(end), businessTime))
                .isEqualTo(madrid(start));
    }

    @ParameterizedTest(name = "{0} - {1} -> {2}")
    @CsvSource({
            "2026-11-25T11:30, PT1H, 2026-11-25T08:30",
            "2026-11-25T12:00, PT1H, 2026-11-25T11:00",
            "2026-11-27T08:30, PT1H, 2026-11-25T17:30"})
    void counting_backwards_skips_closed_periods(String end, Duration businessTime, String start) {
        assertThat(Calendars.madridWithClosedPeriods().subtractBusinessTime(madrid(end), businessTime))
                .isEqualTo(madrid(start));
    }

    @ParameterizedTest(name = "{0} + {1}, then back")
    @CsvSource({
            "2026-11-28T11:00, PT2H, 2026-11-30T08:00",
            "2026-11-23T18:00, PT1H, 2026-11-24T08:00",
            "2026-11-23T10:00, PT50H, 2026-11-23T10:00",
            "2026-12-24T15:00, PT1H, 2026-12-28T08:00"})
    void forward_then_backward_lands_on_the_start_or_the_opening_it_waits_for(
            String start, Duration businessTime, String expected) {
        BusinessCalendar calendar = Calendars.madridWithShortDaysAndSummerHours();

        assertThat(calendar.subtractBusinessTime(calendar.addBusinessTime(madrid(start), businessTime), businessTime))
                .isEqualTo(madrid(expected));
    }

    @Test
    void negative_business_time_is_refused_backwards_too() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Calendars.spainMadrid()
                        .subtractBusinessTime(madrid("2026-11-23T10:00"), Duration.ofMinutes(-1)))
                .withMessageContaining("negative");
    }
}
