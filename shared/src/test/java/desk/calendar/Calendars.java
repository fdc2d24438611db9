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

    /**
     * The demo's second calendar: the policy's hours, short days on 24 and 31 December (08:00-14:00) and summer
     * hours in July and August (MON-FRI 08:00-15:00), 2026 and 2027.
     */
    public static BusinessCalendar madridWithShortDaysAndSummerHours() {
        return new BusinessCalendar("es-madrid-seasonal", "2026-1", MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00"), SPAIN, List.of(),
                List.of(DateHours.on(date("2026-12-24"), "Christmas Eve", "08:00-14:00"),
                        DateHours.on(date("2026-12-31"), "New Year's Eve", "08:00-14:00"),
                        DateHours.on(date("2027-12-24"), "Christmas Eve", "08:00-14:00"),
                        DateHours.on(date("2027-12-31"), "New Year's Eve", "08:00-14:00")),
                List.of(Season.between("Summer hours", date("2026-07-01"), date("2026-08-31"), "MON-FRI 08:00-15:00"),
                        Season.between("Summer hours", date("2027-07-01"), date("2027-08-31"), "MON-FRI 08:00-15:00")),
                List.of());
    }

    /** Office hours with an all-hands meeting on Wed 25 Nov 2026 09:00-11:00 and Thu 26 Nov closed all day by one. */
    static BusinessCalendar madridWithClosedPeriods() {
        return new BusinessCalendar("es-madrid-meetings", "1", MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00"), SPAIN, List.of(), List.of(), List.of(),
                List.of(ClosedPeriod.on(date("2026-11-25"), "All-hands meeting", "09:00-11:00"),
                        ClosedPeriod.on(date("2026-11-26"), "Office move", "00:00-24:00")));
    }

    /**
     * Winter hours (MON-FRI 09:00-17:00) from 1 Dec 2026 to 31 Jan 2027, inside which 8 Dec 2026 is a holiday and
     * 6 Jan 2027 (Epiphany) and Sat 12 Dec 2026 have hours of their own.
     */
    static BusinessCalendar madridWithWinterSeason() {
        return new BusinessCalendar("es-madrid-winter", "1", MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00"), SPAIN, List.of(ClosingDate.on(date("2026-12-30"), "Stock take")),
                List.of(DateHours.on(date("2027-01-06"), "Year-end migration", "10:00-14:00"),
                        DateHours.on(date("2026-12-12"), "Saturday opening", "10:00-13:00"),
                        DateHours.on(date("2026-12-30"), "Stock take hours", "08:00-10:00")),
                List.of(Season.between("Winter hours", date("2026-12-01"), date("2027-01-31"), "MON-FRI 09:00-17:00")),
                List.of(ClosedPeriod.on(date("2026-12-16"), "Fire drill", "12:00-13:00")));
    }

    /**
     * The Sunday night shift (00:00-06:00) with special hours on both 2026 switch dates: own hours 01:00-04:00 on
     * 29 Mar (two real hours) and a closed period 02:00-03:00 on 25 Oct (two real hours, the hour repeats).
     */
    static BusinessCalendar madridNightShiftWithSwitchDayRules() {
        return new BusinessCalendar("es-madrid-night-rules", "1", MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00; SUN 00:00-06:00"), Holidays.none(), List.of(),
                List.of(DateHours.on(date("2026-03-29"), "Clock change cover", "01:00-04:00")),
                List.of(),
                List.of(ClosedPeriod.on(date("2026-10-25"), "Clock change check", "02:00-03:00")));
    }

    /** The Sunday night shift, whose "Summer nights" season (SUN 01:00-04:00) starts and ends on a 2026 switch date. */
    static BusinessCalendar madridWithSeasonOnTheSwitchDates() {
        return new BusinessCalendar("es-madrid-summer-nights", "1", MADRID,
                WeeklyHours.parse("MON-FRI 08:00-18:00; SUN 00:00-06:00"), Holidays.none(), List.of(), List.of(),
                List.of(Season.between("Summer nights", date("2026-03-29"), date("2026-10-25"),
                        "MON-FRI 08:00-18:00; SUN 01:00-04:00")),
                List.of());
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
