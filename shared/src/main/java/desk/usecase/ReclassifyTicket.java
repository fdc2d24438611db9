package desk.usecase;

import desk.identity.Principal;
import desk.ticket.TicketDecision;
import desk.ticket.WorkForm;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An agent reclassifies a ticket (question, or incident with a severity); announced for the hour
 * bank, which charges questions and never incidents. The deadline stays.
 */
@Singleton
public class ReclassifyTicket {
    private final TicketWork work;

    ReclassifyTicket(TicketWork work) {
        this.work = work;
    }

    public WorkOutcome reclassify(Principal agent, String ticketId, Map<String, Object> form, Instant at,
                                  Optional<IdempotencyKey> key) {
        return work.run(agent, ticketId, at, key, ticket -> switch (WorkForm.classification(form)) {
            case Validated.Invalid<WorkForm.Classification>(var problems) -> new TicketDecision.Invalid(problems);
            case Validated.Valid<WorkForm.Classification>(WorkForm.Classification classification) ->
                    ticket.reclassifiedAs(classification.kind(), classification.severity(), at);
        });
    }
}
