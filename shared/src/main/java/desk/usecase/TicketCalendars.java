package desk.usecase;

import desk.account.Account;
import desk.calendar.BusinessCalendar;
import desk.calendar.CalendarCatalog;
import desk.sla.FirstResponseDeadline;
import desk.store.AccountStore;
import desk.ticket.Ticket;
import jakarta.inject.Singleton;

/**
 * Which business calendar a ticket's times are measured in: the one its deadline was computed
 * with, or for a ticket without a deadline its account's. A calendar the configuration does not
 * define is an operator's problem, reported by name.
 */
@Singleton
public class TicketCalendars {
    private final CalendarCatalog calendars;
    private final AccountStore accounts;

    TicketCalendars(CalendarCatalog calendars, AccountStore accounts) {
        this.calendars = calendars;
        this.accounts = accounts;
    }

    public BusinessCalendar of(Account account) {
        return named(account.calendarId(), "account " + account.id());
    }

    public BusinessCalendar of(Ticket ticket) {
        return ticket.deadline()
                .map(FirstResponseDeadline::calendarId)
                .map(id -> named(id, "ticket " + ticket.id()))
                .orElseGet(() -> of(accounts.find(ticket.accountId()).orElseThrow(() -> new MisconfiguredException(
                        "ticket " + ticket.id() + " names account " + ticket.accountId() + ", which does not exist"))));
    }

    private BusinessCalendar named(String calendarId, String user) {
        return calendars.find(calendarId).orElseThrow(() -> new MisconfiguredException(
                user + " names calendar " + calendarId + ", which is not configured (desk.calendars." + calendarId + ".*)"));
    }
}
