package desk.store;

import desk.ticket.AwaitingTicket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SLA sweep's side of the tickets: those whose next checkpoint has come, read from the sparse
 * index of tickets awaiting a first response, and the sweep's decision written back under the
 * version the index showed.
 */
public interface AwaitingTickets {

    /**
     * A page of due tickets, earliest checkpoint first, where the next page starts, and the read
     * capacity it consumed (what the sweep costs, which must follow what is due, not what is open).
     * {@code unreadable} names index entries that could not be read as a ticket: reported, not fatal.
     */
    record Page(List<AwaitingTicket> tickets, List<String> unreadable, Optional<String> next, double readCapacityUnits) {
        public Page {
            tickets = List.copyOf(tickets);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** Tickets whose next checkpoint is at or before {@code now}, after {@code after} (a page's {@code next}). */
    Page dueAt(Instant now, Optional<String> after, int limit);

    /** Ids of tickets awaiting a first response, and where the next page starts. */
    record Ids(List<String> ticketIds, Optional<String> next) {
        public Ids {
            ticketIds = List.copyOf(ticketIds);
        }
    }

    /**
     * The awaiting tickets whose deadline was computed under {@code calendarId} at a version other
     * than {@code version}: those a new calendar version must move. Reads every awaiting ticket,
     * which is fine once per calendar change.
     */
    Ids underOtherVersion(String calendarId, String version, Optional<String> after, int limit);

    /**
     * Writes the new SLA state with its announcements, in one transaction.
     *
     * @throws ConcurrentUpdateException when the ticket changed since the index was read (answered, or swept by another run)
     */
    void apply(AwaitingTicket.Swept swept);
}
