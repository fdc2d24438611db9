package desk.api;

import desk.sla.FirstResponseDeadline;
import desk.ticket.Ticket;
import desk.ticket.TicketSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How answers write instants: with the offset of the ticket's calendar zone
 * ({@code 2026-11-30T09:30:00+01:00}), so people read local time and programs still get an instant.
 */
public final class LocalTimes {
    private LocalTimes() {}

    /** The zone of the calendar the ticket's deadline was computed in; UTC for a ticket without one. */
    public static ZoneId zoneOf(Ticket ticket) {
        return ticket.deadline().map(FirstResponseDeadline::zone).orElse(ZoneOffset.UTC);
    }

    /** The same zone for a list entry. */
    public static ZoneId zoneOf(TicketSummary ticket) {
        return ticket.calendarZone().orElse(ZoneOffset.UTC);
    }

    public static String format(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
