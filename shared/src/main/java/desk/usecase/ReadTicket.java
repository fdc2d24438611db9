package desk.usecase;

import desk.identity.Principal;
import desk.store.TicketStore;
import desk.ticket.ResponseRecipient;
import desk.ticket.Ticket;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/** Reads one ticket for a caller allowed to see it; any other caller is told it does not exist. */
@Singleton
public class ReadTicket {
    private final TicketStore tickets;

    ReadTicket(TicketStore tickets) {
        this.tickets = tickets;
    }

    public Optional<Ticket> read(Principal reader, String ticketId) {
        if (!isTicketId(ticketId)) {
            return Optional.empty();
        }
        return tickets.find(ticketId).filter(ticket -> maySee(reader, ticket));
    }

    /** Intake names tickets with random UUIDs; anything else cannot exist. */
    private static boolean isTicketId(String id) {
        try {
            return id != null && id.length() == 36 && UUID.fromString(id).toString().equals(id);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean maySee(Principal reader, Ticket ticket) {
        return switch (reader) {
            case Principal.CustomerUser customer -> customer.accountId().equals(ticket.accountId());
            case Principal.PartnerUser partner ->
                    ticket.openedBy() instanceof Principal.PartnerUser opener && opener.partnerId().equals(partner.partnerId())
                    || ticket.respondTo() instanceof ResponseRecipient.SolutionPartner(String id) && id.equals(partner.partnerId());
            case Principal.SupportAgent agent -> true;
            case Principal.Admin admin -> true;
        };
    }
}
