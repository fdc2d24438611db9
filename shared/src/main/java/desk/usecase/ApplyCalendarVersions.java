package desk.usecase;

import desk.calendar.BusinessCalendar;
import desk.calendar.CalendarCatalog;
import desk.sla.FirstResponseTargets;
import desk.store.AwaitingTickets;
import desk.store.CalendarVersions;
import desk.store.ConcurrentUpdateException;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Applies a newly configured calendar version to the tickets still awaiting a first response
 * under an older one (ADR 6): each gets its deadline recomputed from its receipt and announces the
 * change, once per ticket and version (the ticket records the version; the write is conditioned on
 * the ticket's version). Run by every sweep before it sweeps; a calendar whose version is already
 * recorded as applied costs one read. A pass stopped for time, or with tickets that changed under
 * it, is taken up again by the next run; the version is recorded as applied only after a full pass.
 */
@Singleton
public class ApplyCalendarVersions {
    static final int PAGE_SIZE = 100;

    /** What one run did: deadlines moved, tickets left for the next run, calendars now fully applied. */
    public record Report(int deadlinesMoved, int skippedAsChanged, List<String> calendarsApplied, boolean complete) {
        public Report {
            calendarsApplied = List.copyOf(calendarsApplied);
        }
    }

    private final CalendarCatalog calendars;
    private final CalendarVersions versions;
    private final AwaitingTickets awaiting;
    private final TicketStore tickets;
    private final FirstResponseTargets targets;

    ApplyCalendarVersions(CalendarCatalog calendars, CalendarVersions versions, AwaitingTickets awaiting, TicketStore tickets,
                          FirstResponseTargets targets) {
        this.calendars = calendars;
        this.versions = versions;
        this.awaiting = awaiting;
        this.tickets = tickets;
        this.targets = targets;
    }

    public Report apply(Instant now, BooleanSupplier mayContinue) {
        int moved = 0;
        int skipped = 0;
        List<String> applied = new ArrayList<>();
        for (BusinessCalendar calendar : calendars.all()) {
            Optional<String> recorded = versions.applied(calendar.id());
            if (recorded.filter(calendar.version()::equals).isPresent()) {
                continue;
            }
            int skippedBefore = skipped;
            Optional<String> after = Optional.empty();
            do {
                if (!mayContinue.getAsBoolean()) {
                    return new Report(moved, skipped, applied, false);
                }
                AwaitingTickets.Ids page = awaiting.underOtherVersion(calendar.id(), calendar.version(), after, PAGE_SIZE);
                for (String ticketId : page.ticketIds()) {
                    if (!mayContinue.getAsBoolean()) {
                        return new Report(moved, skipped, applied, false);
                    }
                    Optional<Ticket> ticket = tickets.find(ticketId);
                    if (ticket.isEmpty()) {
                        continue;
                    }
                    TicketChange change = ticket.get().underCalendar(calendar, targets, now);
                    try {
                        tickets.update(change);
                        moved += change.changed() ? 1 : 0;
                    } catch (ConcurrentUpdateException e) {
                        skipped++;
                    }
                }
                after = page.next();
            } while (after.isPresent());
            if (skipped == skippedBefore) {
                try {
                    versions.markApplied(calendar.id(), recorded, calendar.version());
                    applied.add(calendar.id());
                } catch (ConcurrentUpdateException e) {
                    // Another run recorded it first: the same tickets, the same outcome.
                }
            }
        }
        return new Report(moved, skipped, applied, true);
    }
}
