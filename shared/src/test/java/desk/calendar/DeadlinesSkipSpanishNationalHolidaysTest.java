package desk.calendar;

import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.calendar.ClosureReason.PublicHoliday;
import desk.calendar.DeadlineExplanation.SkippedDay;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-checked deadlines around every national holiday of Spain in 2026 and 2027 (Madrid wall-clock times). */
class DeadlinesSkipSpanishNationalHolidaysTest {

    private final BusinessCalendar calendar = Calendars.spainMadrid();

    @ParameterizedTest(name = "{0}: {1} + {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # holiday  | start            | business time | due
            2026-01-01 | 2025-12-31T17:00 | PT2H          | 2026-01-02T09:00
            2026-01-06 | 2026-01-05T17:00 | PT2H          | 2026-01-07T09:00
            2026-04-03 | 2026-04-02T17:00 | PT2H          | 2026-04-06T09:00
            2026-05-01 | 2026-04-30T17:00 | PT2H          | 2026-05-04T09:00
            2026-08-15 | 2026-08-14T17:00 | PT2H          | 2026-08-17T09:00
            2026-10-12 | 2026-10-09T17:00 | PT2H          | 2026-10-13T09:00
            2026-11-01 | 2026-10-30T17:00 | PT2H          | 2026-11-02T09:00
            2026-12-06 | 2026-12-04T17:00 | PT12H         | 2026-12-09T09:00
            2026-12-08 | 2026-12-07T17:00 | PT2H          | 2026-12-09T09:00
            2026-12-25 | 2026-12-24T17:00 | PT2H          | 2026-12-28T09:00
            2027-01-01 | 2026-12-31T17:00 | PT2H          | 2027-01-04T09:00
            2027-01-06 | 2027-01-05T17:00 | PT2H          | 2027-01-07T09:00
            2027-03-26 | 2027-03-25T17:00 | PT2H          | 2027-03-29T09:00
            2027-05-01 | 2027-04-30T17:00 | PT2H          | 2027-05-03T09:00
            2027-08-15 | 2027-08-13T17:00 | PT2H          | 2027-08-16T09:00
            2027-10-12 | 2027-10-11T17:00 | PT2H          | 2027-10-13T09:00
            2027-11-01 | 2027-10-29T17:00 | PT2H          | 2027-11-02T09:00
            2027-12-06 | 2027-12-03T17:00 | PT2H          | 2027-12-07T09:00
            2027-12-08 | 2027-12-07T17:00 | PT2H          | 2027-12-09T09:00
            2027-12-25 | 2027-12-24T17:00 | PT2H          | 2027-12-27T09:00
            """)
    void a_deadline_across_a_national_holiday_skips_it(
            LocalDate holiday, String start, Duration businessTime, String due) {
        // when
        DeadlineExplanation explanation = calendar.explain(madrid(start), businessTime);

        // then
        assertThat(explanation.dueAt()).isEqualTo(madrid(due));
        assertThat(explanation.skipped())
                .filteredOn(skipped -> skipped.date().equals(holiday))
                .singleElement()
                .extracting(SkippedDay::reason)
                .isInstanceOf(PublicHoliday.class);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-01-01 | New Year's Day
            2026-01-06 | Epiphany
            2026-04-03 | Good Friday
            2026-05-01 | Labour day
            2026-08-15 | Assumption day
            2026-10-12 | National Day
            2026-11-01 | All Saints
            2026-12-06 | Constitution Day
            2026-12-08 | Immaculate Conception Day
            2026-12-25 | Christmas
            2027-01-01 | New Year's Day
            2027-01-06 | Epiphany
            2027-03-26 | Good Friday
            2027-05-01 | Labour day
            2027-08-15 | Assumption day
            2027-10-12 | National Day
            2027-11-01 | All Saints
            2027-12-06 | Constitution Day
            2027-12-08 | Immaculate Conception Day
            2027-12-25 | Christmas
            """)
    void a_national_holiday_closes_the_whole_date_even_at_a_weekend(LocalDate holiday, String name) {
        // when / then: the holiday takes precedence over a weekend as the reason
        assertThat(calendar.closureOn(holiday)).contains(new PublicHoliday(name));
        assertThat(calendar.isOpen(madrid(holiday + "T10:00"))).isFalse();
        assertThat(calendar.isOpen(madrid(holiday.minusDays(1) + "T23:59:59"))).isFalse();
    }

    @ParameterizedTest(name = "{0} is open")
    @CsvSource({
            // Regional holidays in Madrid or elsewhere, not national ones: the desk is open.
            "2026-04-02", "2026-04-06", "2026-11-02", "2026-12-07", "2027-03-25", "2027-03-29", "2027-12-07"})
    void regional_holidays_do_not_close_the_national_calendar(LocalDate workingDay) {
        assertThat(calendar.closureOn(workingDay)).isEmpty();
        assertThat(calendar.isOpen(madrid(workingDay + "T12:00"))).isTrue();
    }
}
