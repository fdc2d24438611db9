package desk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.calendar.BusinessCalendar;
import desk.calendar.CalendarCatalog;
import desk.calendar.Calendars;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendars of application.properties, and how bad calendar entries are reported. */
class CalendarsAreConfiguredAsPropertiesTest {

    @Test
    void the_policys_calendar_stays_exactly_as_it_was_with_its_version() {
        // rule: existing tickets keep their recorded calendar version, so es-madrid must not change
        try (ApplicationContext context = ApplicationContext.run()) {
            BusinessCalendar madrid = context.getBean(CalendarCatalog.class).find("es-madrid").orElseThrow();

            assertThat(madrid).isEqualTo(Calendars.spainMadrid());
            assertThat(madrid.version()).isEqualTo("2026-1");
            assertThat(madrid.dateHours()).isEmpty();
            assertThat(madrid.seasons()).isEmpty();
            assertThat(madrid.closedPeriods()).isEmpty();
            assertThat(context.getBean(CalendarCatalog.class).defaultCalendarId()).isEqualTo("es-madrid");
        }
    }

    @Test
    void the_demo_calendar_has_short_days_and_summer_hours_from_properties() {
        try (ApplicationContext context = ApplicationContext.run()) {
            CalendarCatalog catalog = context.getBean(CalendarCatalog.class);

            assertThat(catalog.find("es-madrid-seasonal")).contains(Calendars.madridWithShortDaysAndSummerHours());
            assertThat(catalog.all()).extracting(BusinessCalendar::id)
                    .containsExactlyInAnyOrder("es-madrid", "es-madrid-seasonal");
        }
    }

    @Test
    void closed_periods_with_several_ranges_are_read_as_one_entry() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "desk.calendars.es-madrid-seasonal.closed-periods.2026-11-25", "Meetings: 09:00-11:00,15:00-16:00"))) {
            BusinessCalendar calendar = context.getBean(CalendarCatalog.class).find("es-madrid-seasonal").orElseThrow();

            assertThat(calendar.closedPeriods()).hasSize(2)
                    .allSatisfy(period -> assertThat(period.name()).isEqualTo("Meetings"));
        }
    }

    @Test
    void every_bad_calendar_entry_is_named_at_once() {
        Map<String, Object> bad = Map.of(
                "desk.calendars.broken.version", "1",
                "desk.calendars.broken.zone", "Europe/Nowhere",
                "desk.calendars.broken.opening-hours", "MON-FRI 08:00-18:00",
                "desk.calendars.broken.date-hours.2026-12-24", "08:00-14:00",
                "desk.calendars.broken.seasons.2026-07-01", "Summer: MON-FRI 08:00-15:00",
                "desk.calendars.broken.closed-periods.2026-11-25", "Meeting: 11:00-09:00",
                "desk.calendars.other.zone", "Europe/Madrid",
                "desk.calendars.other.opening-hours", "MON-FRI 08:00-18:00");

        assertThatThrownBy(() -> {
            try (ApplicationContext context = ApplicationContext.run(bad)) {
                context.getBean(CalendarCatalog.class);
            }
        }).hasStackTraceContaining("5 bad entries")
                .hasStackTraceContaining("desk.calendars.broken.zone")
                .hasStackTraceContaining("desk.calendars.broken.date-hours.2026-12-24")
                .hasStackTraceContaining("desk.calendars.broken.seasons.2026-07-01")
                .hasStackTraceContaining("until <last date>")
                .hasStackTraceContaining("desk.calendars.broken.closed-periods.2026-11-25")
                .hasStackTraceContaining("desk.calendars.other.version is not configured");
    }
}
