package desk.ticket;

import java.util.List;
import java.util.Objects;

/**
 * What the domain decided an action does to a ticket: its new state and what to announce. An
 * unchanged ticket announces nothing; a store writes the state and its announcements together or not at all.
 */
public record TicketChange(Ticket ticket, boolean changed, List<Announcement> announcements) {
    public TicketChange {
        Objects.requireNonNull(ticket, "ticket");
        announcements = List.copyOf(announcements);
        if (!changed && !announcements.isEmpty()) {
            throw new IllegalArgumentException("an unchanged ticket announces nothing");
        }
    }

    public static TicketChange unchanged(Ticket ticket) {
        return new TicketChange(ticket, false, List.of());
    }
}
