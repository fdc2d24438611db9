package desk.usecase;

import desk.identity.Principal;
import desk.ticket.TicketDecision;
import desk.ticket.TicketStatus;
import desk.ticket.WorkForm;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** An agent moves a ticket to another status, as {@link TicketStatus}'s table allows; announced. */
@Singleton
public class ChangeTicketStatus {
    private final TicketWork work;

    ChangeTicketStatus(TicketWork work) {
        this.work = work;
    }

    public WorkOutcome change(Principal agent, String ticketId, Map<String, Object> form, Instant at,
                              Optional<IdempotencyKey> key) {
        return work.run(agent, ticketId, at, key, ticket -> switch (WorkForm.status(form)) {
            case Validated.Invalid<TicketStatus>(var problems) -> new TicketDecision.Invalid(problems);
            case Validated.Valid<TicketStatus>(TicketStatus status) -> ticket.withStatus(status, at);
        });
    }
}
