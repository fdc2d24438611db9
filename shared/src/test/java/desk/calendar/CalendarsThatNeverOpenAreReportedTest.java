package desk.calendar;

import static desk.calendar.Calendars.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalendarsThatNeverOpenAreReportedTest {

    /** Weekly hours, but every date is a holiday. */
    private static BusinessCalendar alwaysOnHoliday() {
        return new BusinessCalendar("always-closed", "1", Calendars.MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00"), date -> Optional.of("Eternal holiday"), List.of());
    }

    @Test
    void a_deadline_on_a_calendar_that_never_opens_names_the_calendar() {
        assertThatIllegalStateException()
                .isThrownBy(() -> alwaysOnHoliday().addBusinessTime(madrid("2026-11-23T10:00"), Duration.ofHours(1)))
                .withMessageContaining("always-closed")
                .withMessageContaining("10 years");
    }

    @Test
    void the_next_opening_of_a_calendar_that_never_opens_names_the_calendar() {
        assertThatIllegalStateException()
                .isThrownBy(() -> alwaysOnHoliday().nextOpening(madrid("2026-11-23T10:00")))
                .withMessageContaining("always-closed");
    }

    @Test
    void questions_with_a_bounded_answer_still_answer_on_a_calendar_that_never_opens() {
        // given
        BusinessCalendar calendar = alwaysOnHoliday();
        Instant start = madrid("2026-11-23T10:00");

        // when / then
        assertThat(calendar.isOpen(start)).isFalse();
        assertThat(calendar.businessTimeBetween(start, start.plus(Duration.ofDays(400)))).isZero();
        assertThat(calendar.addBusinessTime(start, Duration.ZERO)).isEqualTo(start);
    }
}
