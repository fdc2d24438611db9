package desk.calendar;

import java.util.Optional;

/** The business calendars the desk knows, by id; an account names the one its deadlines use. */
public interface CalendarCatalog {
    Optional<BusinessCalendar> find(String calendarId);

    /** The calendar of accounts that name none. */
    String defaultCalendarId();
}
