package desk.handler.work;

import desk.ticket.Severity;
import desk.ticket.Ticket;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A ticket as support's work left it: where it is in its life, who works it and what it is.
 * Only agents get it (the assignee is vendor staff's subject); {@code GET /tickets/{id}} has the rest.
 */
@Serdeable
public record WorkedTicket(String id, String status, String assignee, String kind, String severity, String followUpOf) {

    static WorkedTicket of(Ticket ticket) {
        return new WorkedTicket(ticket.id(), ticket.status().name(), ticket.assignee().orElse(null), ticket.kind().name(),
                ticket.severity().map(Severity::name).orElse(null), ticket.followUpOf().orElse(null));
    }
}
