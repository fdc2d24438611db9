/**
 * Business calendars: when the desk is open, and how much business time lies between two instants.
 *
 * <p>Opening windows are half-open local wall-clock ranges {@code [opens, closes)} turned into instants with
 * {@code ZonedDateTime.of(date, time, zone)}, so a time in a spring-forward gap shifts forward and a time in an
 * autumn overlap takes the earlier offset; business time is the real elapsed time inside those windows (a window
 * spanning a DST switch is an hour shorter or longer). Holidays and extra closing dates close a whole local date;
 * a date's own hours, seasons and closed periods inside a date change its hours in the order
 * {@link desk.calendar.BusinessCalendar} documents, their local times turned into instants the same way.
 */
package desk.calendar;
