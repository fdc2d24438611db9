package desk.calendar;

import static desk.calendar.Calendars.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import desk.calendar.ClosureReason.PublicHoliday;
import desk.calendar.DeadlineExplanation.CountedInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarDataRefusesBadInputTest {

    private static final WeeklyHours OFFICE_HOURS = WeeklyHours.parse("MON-FRI 08:00-18:00");

    @Test
    void an_opening_window_must_open_before_it_closes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OpeningWindow.between(LocalTime.of(18, 0), LocalTime.of(8, 0)))
                .withMessageContaining("no overnight windows");
        assertThat(OpeningWindow.between(LocalTime.of(22, 0), LocalTime.MIDNIGHT).closesAtMidnight()).isTrue();
    }

    @Test
    void a_calendar_needs_an_id_and_a_version() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessCalendar(" ", "1", Calendars.MADRID, OFFICE_HOURS, Holidays.none(),
                        List.of()))
                .withMessageContaining("id");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BusinessCalendar("x", "", Calendars.MADRID, OFFICE_HOURS, Holidays.none(),
                        List.of()))
                .withMessageContaining("version");
        assertThatNullPointerException()
                .isThrownBy(() -> new BusinessCalendar("x", "1", Calendars.MADRID, OFFICE_HOURS, null, List.of()))
                .withMessageContaining("Holidays.none()");
    }

    @Test
    void a_closing_date_may_be_listed_once_and_needs_a_reason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Calendars.spainMadridClosedOn(
                        ClosingDate.on(date("2026-12-24"), "Christmas Eve"),
                        ClosingDate.on(date("2026-12-24"), "Again")))
                .withMessageContaining("2026-12-24 more than once");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClosingDate.on(date("2026-12-24"), " "))
                .withMessageContaining("reason");
    }

    @Test
    void closure_reasons_and_explanations_refuse_empty_parts() {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        assertThatIllegalArgumentException().isThrownBy(() -> new PublicHoliday(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new CountedInterval(now, now));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadlineExplanation(
                now, Duration.ZERO, now.minusSeconds(1), List.of(), List.of()));
    }

    @Test
    void calendars_built_from_the_same_data_are_equal() {
        assertThat(Calendars.spainMadrid()).isEqualTo(Calendars.spainMadrid());
        assertThat(Calendars.spainMadrid().hours()).hasToString("MON-FRI 08:00-18:00");
    }
}
