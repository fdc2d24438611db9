package desk.usecase;

import desk.ticket.Ticket;
import desk.ticket.TicketStatus;
import desk.validation.FieldProblem;
import java.util.List;

/** What became of support's request to work on a ticket (assign, change status, reclassify). */
public sealed interface WorkOutcome {
    /** Stored and announced: the ticket as it now is. */
    record Changed(Ticket ticket) implements WorkOutcome {}

    /** The ticket already was as asked: nothing written, nothing announced. */
    record Unchanged(Ticket ticket) implements WorkOutcome {}

    /** The same key and request came before: the ticket as it now is, and what its record names. */
    record Replayed(Ticket ticket, String resourceId) implements WorkOutcome {}

    /** The request is not acceptable (each field named). */
    record Refused(List<FieldProblem> problems) implements WorkOutcome {}

    /** Not from the ticket's status: the field at fault, the status and where it may go from there. */
    record Conflict(FieldProblem problem, TicketStatus current, List<TicketStatus> allowed) implements WorkOutcome {}

    /** The caller sees the ticket but does not work tickets (the requester side, admins). */
    record NotAllowed(String reason) implements WorkOutcome {}

    /** Unknown, or not the caller's to see: both answer the same. */
    record TicketNotFound(String ticketId) implements WorkOutcome {}

    record KeyReusedWithOtherRequest(String key) implements WorkOutcome {}
}
