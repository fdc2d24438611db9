package desk.calendar;

import java.util.Optional;

/** The business calendars the desk knows, by id; an account names the one its deadlines use. */
public interface CalendarCatalog {
    Optional<BusinessCalendar> find(String calendarId);

    /** Every configured calendar, each at its current version. */
    java.util.Collection<BusinessCalendar> all();

    /** The calendar of accounts that name none. */
    String defaultCalendarId();
}
