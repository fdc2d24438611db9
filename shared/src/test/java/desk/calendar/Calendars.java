package desk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Named calendars and Madrid wall-clock instants for tests; {@link #spainMadrid()} serves every package's tests. */
public final class Calendars {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static final JollydayHolidays SPAIN = JollydayHolidays.of("ES", Optional.empty());

    private Calendars() {
    }

    /** The product policy: MON-FRI 08:00-18:00 in Madrid, closed on Spain's national holidays. */
    public static BusinessCalendar spainMadrid() {
        return new BusinessCalendar("es-madrid", "2026-1", MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00"), SPAIN, List.of());
    }

    static BusinessCalendar spainMadridClosedOn(ClosingDate... closures) {
        return new BusinessCalendar("es-madrid", "2026-2", MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00"), SPAIN, List.of(closures));
    }

    /** A lunch gap from 14:00 to 15:00 and short Fridays. */
    static BusinessCalendar madridWithLunchBreak() {
        return new BusinessCalendar("es-madrid-lunch", "1", MADRID,
                WeeklyHours.parse("MON-THU 08:00-14:00,15:00-18:00; FRI 08:00-15:00"), SPAIN, List.of());
    }

    /** Also open in the small hours of Sunday, so that DST switches (at 02:00/03:00 local) fall inside a window. */
    static BusinessCalendar madridWithSundayNightShift() {
        return new BusinessCalendar("es-madrid-night", "1", MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00; SUN 00:00-06:00"), Holidays.none(), List.of());
    }

    static BusinessCalendar madridWith(String weeklyHours) {
        return new BusinessCalendar("es-madrid [" + weeklyHours + "]", "1", MADRID,
                WeeklyHours.parse(weeklyHours), Holidays.none(), List.of());
    }

    /** A Madrid instant: "2026-11-23T10:00" as local time (earlier offset in an overlap) or with an explicit offset. */
    static Instant madrid(String dateTime) {
        if (dateTime.matches(".*[+-]\\d{2}:\\d{2}$") || dateTime.endsWith("Z")) {
            return OffsetDateTime.parse(dateTime).toInstant();
        }
        return ZonedDateTime.of(LocalDateTime.parse(dateTime), MADRID).toInstant();
    }

    static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
