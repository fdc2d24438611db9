package desk.intake;

import desk.ticket.Category;
import desk.ticket.Channel;
import desk.ticket.ReplicationDetails;
import desk.ticket.Severity;
import desk.ticket.TicketKind;
import java.util.Optional;

/** A ticket form that passed validation: what the submitter asks, before intake stamps it. */
public record TicketRequest(
        Channel channel,
        TicketKind kind,
        Optional<Severity> severity,
        Category category,
        String subject,
        String description,
        ReplicationDetails replication,
        boolean agreedDirectContact) {}
