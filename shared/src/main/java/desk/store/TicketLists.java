package desk.store;

import desk.ticket.TicketStatus;
import desk.ticket.TicketSummary;
import java.util.List;
import java.util.Optional;

/**
 * The lists of tickets, read from indexes that project a summary: the support queue, an
 * account's tickets and the tickets a partner opened. A position is the entry's sort key in its
 * list, so a page can resume after it and several lists can be merged on it.
 */
public interface TicketLists {
    /** Entries in the list's order, and the position of the last one when more may follow. */
    record Page(List<Entry> entries, Optional<String> next) {
        public Page {
            entries = List.copyOf(entries);
        }
    }

    /** A summary and its position in the list it was read from. */
    record Entry(TicketSummary ticket, String position) {}

    /** Support tickets in {@code status} in queue order (rank, then oldest first), after {@code after}. */
    Page queue(TicketStatus status, Optional<String> after, int limit);

    /** The queue's tickets assigned to {@code assignee}, in queue order, optionally of one status, after {@code after}. */
    Page assignedTo(String assignee, Optional<TicketStatus> status, Optional<String> after, int limit);

    /** An account's support tickets, newest first, before {@code before}. */
    Page ofAccount(String accountId, Optional<String> before, int limit);

    /** An account's requests to Customer Success, newest first, before {@code before}. */
    Page requestsOf(String accountId, Optional<String> before, int limit);

    /** The tickets a partner's users opened, newest first, before {@code before}. */
    Page openedByPartner(String partnerId, Optional<String> before, int limit);
}
