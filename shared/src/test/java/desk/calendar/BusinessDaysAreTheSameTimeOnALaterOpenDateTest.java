package desk.calendar;

import static desk.calendar.Calendars.date;
import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import desk.calendar.DeadlineExplanation.CountedInterval;
import desk.calendar.DeadlineExplanation.SkippedDay;
import desk.calendar.DeadlineExplanation.SpecialHours;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule: N business days after an instant is the same local time on the Nth open date after its date, then the
 * next open moment from there (Madrid times).
 */
class BusinessDaysAreTheSameTimeOnALaterOpenDateTest {

    @ParameterizedTest(name = "{3}: {0} + {1} days -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start                  | days | due                    | case
            2026-11-23T10:00         | 1    | 2026-11-24T10:00       | the next date, same time
            2026-11-23T10:00         | 5    | 2026-11-30T10:00       | a week of open dates
            2026-11-28T11:00         | 1    | 2026-11-30T11:00       | from a Saturday: Monday, same time
            2026-11-27T17:30         | 1    | 2026-11-30T17:30       | over a weekend
            2026-12-07T16:00         | 1    | 2026-12-09T16:00       | over a holiday
            2026-11-23T19:00         | 1    | 2026-11-25T08:00       | after closing: then the next opening
            2026-11-23T07:00         | 1    | 2026-11-24T08:00       | before opening: then the opening
            2026-11-23T10:00         | 0    | 2026-11-23T10:00       | zero days
            2026-03-27T10:00+01:00   | 1    | 2026-03-30T10:00+02:00 | over the spring switch, same wall-clock time
            2026-10-23T10:00+02:00   | 1    | 2026-10-26T10:00+01:00 | over the autumn switch, same wall-clock time
            """)
    void office_hours_business_days(String start, int days, String due, String why) {
        assertThat(Calendars.spainMadrid().addBusinessDays(madrid(start), days)).isEqualTo(madrid(due));
    }

    @ParameterizedTest(name = "{3}: {0} + {1} days -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start                  | days | due                    | case
            2026-12-23T10:00         | 1    | 2026-12-24T10:00       | a short day is an open date
            2026-12-23T15:00         | 1    | 2026-12-28T08:00       | past a short day's end: its next opening
            2026-06-30T16:00         | 1    | 2026-07-02T08:00       | past a season day's end: its next opening
            2026-08-31T16:00         | 1    | 2026-09-01T16:00       | out of a season
            """)
    void business_days_meet_short_days_and_seasons(String start, int days, String due, String why) {
        assertThat(Calendars.madridWithShortDaysAndSummerHours().addBusinessDays(madrid(start), days))
                .isEqualTo(madrid(due));
    }

    @Test
    void business_days_are_explained_like_business_hours() {
        // when
        DeadlineExplanation explanation = Calendars.madridWithShortDaysAndSummerHours()
                .explainBusinessDays(madrid("2026-12-23T15:00"), 1);

        // then
        assertThat(explanation.dueAt()).isEqualTo(madrid("2026-12-28T08:00"));
        assertThat(explanation.target()).isEqualTo(Duration.ofHours(9));
        assertThat(explanation.counted()).containsExactly(
                new CountedInterval(madrid("2026-12-23T15:00"), madrid("2026-12-23T18:00")),
                new CountedInterval(madrid("2026-12-24T08:00"), madrid("2026-12-24T14:00")));
        assertThat(explanation.skipped()).extracting(SkippedDay::date)
                .containsExactly(date("2026-12-25"), date("2026-12-26"), date("2026-12-27"));
        assertThat(explanation.specialHours())
                .containsExactly(new SpecialHours(date("2026-12-24"), "Christmas Eve: open 08:00-14:00"));
    }

    @Test
    void negative_business_days_are_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Calendars.spainMadrid().addBusinessDays(madrid("2026-11-23T10:00"), -1))
                .withMessageContaining("negative");
    }
}
