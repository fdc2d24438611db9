package desk.usecase;

import desk.access.AccessRules;
import desk.bank.TicketCharge;
import desk.store.HourBanks;
import desk.ticket.Ticket;
import desk.conversation.Message;
import desk.identity.Principal;
import desk.store.AnnouncementRecord;
import desk.store.TicketStore;
import desk.ticket.TicketEvent;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a ticket, its conversation and its history for a caller allowed to see the ticket; any
 * other caller is told it does not exist. Internal notes and staff-only announcements are for vendor staff.
 */
@Singleton
public class ReadTicket {
    private final TicketStore tickets;
    private final TicketAccess access;
    private final HourBanks banks;

    ReadTicket(TicketStore tickets, TicketAccess access, HourBanks banks) {
        this.tickets = tickets;
        this.access = access;
        this.banks = banks;
    }

    /**
     * What the ticket has cost its bank so far and which bank paid, for a reader who may read that
     * bank ({@link AccessRules#readsBank}); empty before the hour deduction first settled it.
     */
    public Optional<TicketCharge> chargeSeenBy(Principal reader, Ticket ticket) {
        return banks.chargeOf(ticket.id()).filter(charge -> AccessRules.readsBank(reader, charge.holder()));
    }

    public Optional<TicketAccess.Visible> read(Principal reader, String ticketId) {
        return access.find(reader, ticketId);
    }

    /** A ticket with the messages its reader may see. */
    public record Conversation(TicketAccess.Visible ticket, List<Message> messages) {}

    /** The conversation oldest first; internal notes for vendor staff only. */
    public Optional<Conversation> conversation(Principal reader, String ticketId) {
        return read(reader, ticketId).map(visible -> new Conversation(visible, tickets.conversation(ticketId).stream()
                .filter(message -> message.isPublic() || visible.party().seesInternal())
                .toList()));
    }

    /**
     * The ticket's announcements in order, as an audit trail: staff-only ones for vendor staff only,
     * and staff members' subjects left out for anyone else.
     */
    public Optional<List<AnnouncementRecord>> history(Principal reader, String ticketId) {
        return read(reader, ticketId).map(visible -> tickets.history(ticketId).stream()
                .filter(entry -> entry.audience() == TicketEvent.Audience.EVERYONE || visible.party().seesInternal())
                .map(entry -> AccessRules.showsStaffSubjects(reader) ? entry : withoutStaffSubjects(entry))
                .toList());
    }

    private static AnnouncementRecord withoutStaffSubjects(AnnouncementRecord entry) {
        Map<String, Object> detail = new LinkedHashMap<>(entry.detail());
        detail.keySet().removeAll(TicketEvent.STAFF_SUBJECT_FIELDS);
        return new AnnouncementRecord(entry.eventId(), entry.sequence(), entry.occurredAt(), entry.detailType(),
                entry.audience(), detail);
    }
}
