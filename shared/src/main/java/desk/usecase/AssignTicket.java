package desk.usecase;

import desk.identity.Principal;
import desk.ticket.TicketDecision;
import desk.ticket.WorkForm;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** An agent assigns a ticket to an agent, or to no one; assigning a new ticket opens it. Announced. */
@Singleton
public class AssignTicket {
    private final TicketWork work;

    AssignTicket(TicketWork work) {
        this.work = work;
    }

    public WorkOutcome assign(Principal agent, String ticketId, Map<String, Object> form, Instant at,
                              Optional<IdempotencyKey> key) {
        return work.run(agent, ticketId, at, key, ticket -> switch (WorkForm.assignment(form)) {
            case Validated.Invalid<WorkForm.Assignment>(var problems) -> new TicketDecision.Invalid(problems);
            case Validated.Valid<WorkForm.Assignment>(WorkForm.Assignment assignment) ->
                    ticket.assignedTo(assignment.assignee(), at);
        });
    }
}
