package desk.usecase;

import desk.conversation.Message;
import desk.identity.Principal;
import desk.store.AnnouncementRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Reads a ticket, its conversation and its history for a caller allowed to see the ticket; any
 * other caller is told it does not exist. Internal notes and staff-only announcements are for support.
 */
@Singleton
public class ReadTicket {
    private final TicketStore tickets;

    ReadTicket(TicketStore tickets) {
        this.tickets = tickets;
    }

    public Optional<Ticket> read(Principal reader, String ticketId) {
        if (!TicketIds.isTicketId(ticketId)) {
            return Optional.empty();
        }
        return tickets.find(ticketId).filter(ticket -> ticket.partyOf(reader).isPresent());
    }

    /** A ticket with the messages its reader may see. */
    public record Conversation(Ticket ticket, List<Message> messages) {}

    /** The conversation oldest first; without internal notes unless the reader is support. */
    public Optional<Conversation> conversation(Principal reader, String ticketId) {
        return read(reader, ticketId).map(ticket -> new Conversation(ticket, tickets.conversation(ticketId).stream()
                .filter(message -> message.isPublic() || isSupport(reader, ticket))
                .toList()));
    }

    /** The ticket's announcements in order, as an audit trail; staff-only ones for support only. */
    public Optional<List<AnnouncementRecord>> history(Principal reader, String ticketId) {
        return read(reader, ticketId).map(ticket -> tickets.history(ticketId).stream()
                .filter(entry -> entry.audience() == TicketEvent.Audience.EVERYONE || isSupport(reader, ticket))
                .toList());
    }

    private static boolean isSupport(Principal reader, Ticket ticket) {
        return ticket.partyOf(reader).filter(party -> party == Ticket.Party.SUPPORT).isPresent();
    }
}
