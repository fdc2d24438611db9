package desk.usecase;

import desk.identity.Principal;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.TicketChange;
import desk.ticket.TicketDecision;
import desk.ticket.WorkForm;
import desk.ticket.WorkLog;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An agent logs time spent on a ticket ({@code {"minutes", "note"}}): the log and the ticket's new
 * time worked are stored together, and when that moves what the ticket owes its bank the change is
 * announced for the hour deduction, which charges it. Agents only, like all of support's work;
 * idempotent under {@code Idempotency-Key}, whose record names {@code <ticket id>/<log id>}.
 */
@Singleton
public class LogWork {
    private final TicketWork work;
    private final TicketStore tickets;
    private final SecureRandom random = new SecureRandom();

    LogWork(TicketWork work, TicketStore tickets) {
        this.work = work;
        this.tickets = tickets;
    }

    /** What became of the request: the log with the ticket as it now is, or why nothing was logged. */
    public sealed interface Outcome {
        record Logged(WorkLog log, desk.ticket.Ticket ticket, boolean replayed) implements Outcome {
            public Logged {
                Objects.requireNonNull(log, "log");
                Objects.requireNonNull(ticket, "ticket");
            }
        }

        /** Refused, not allowed, not found, a conflict with the ticket's status, or a reused key. */
        record NotLogged(WorkOutcome outcome) implements Outcome {
            public NotLogged {
                Objects.requireNonNull(outcome, "outcome");
            }
        }
    }

    public Outcome log(Principal agent, String ticketId, Map<String, Object> form, Instant at, Optional<IdempotencyKey> key) {
        String logId = WorkLog.newId(at, random);
        AtomicReference<WorkLog> made = new AtomicReference<>();
        WorkOutcome outcome = work.run(agent, ticketId, at, key, ticket -> switch (WorkForm.workLog(form)) {
            case Validated.Invalid<WorkForm.WorkDone>(var problems) -> new TicketDecision.Invalid(problems);
            case Validated.Valid<WorkForm.WorkDone>(WorkForm.WorkDone done) -> {
                WorkLog log = new WorkLog(logId, ticket.id(), agent.subject(), done.time(), done.note(), at);
                made.set(log);
                yield ticket.withWorkLogged(log);
            }
        }, new TicketWork.Recording() {
            @Override
            public String resourceId(String id) {
                return id + "/" + logId;
            }

            @Override
            public void store(TicketChange change, Optional<IdempotencyRecord> idempotency) {
                tickets.logWork(made.get(), change, idempotency);
            }
        });
        return switch (outcome) {
            case WorkOutcome.Changed(var ticket) -> new Outcome.Logged(made.get(), ticket, false);
            case WorkOutcome.Replayed(var ticket, var resourceId) -> new Outcome.Logged(recorded(ticket.id(), resourceId), ticket, true);
            case WorkOutcome.Unchanged(var ticket) ->
                    throw new IllegalStateException("a work log always changes ticket " + ticket.id() + ": it adds time worked");
            case WorkOutcome.Refused refused -> new Outcome.NotLogged(outcome);
            case WorkOutcome.Conflict conflict -> new Outcome.NotLogged(outcome);
            case WorkOutcome.NotAllowed notAllowed -> new Outcome.NotLogged(outcome);
            case WorkOutcome.TicketNotFound notFound -> new Outcome.NotLogged(outcome);
            case WorkOutcome.KeyReusedWithOtherRequest reused -> new Outcome.NotLogged(outcome);
        };
    }

    private WorkLog recorded(String ticketId, String resourceId) {
        String[] parts = resourceId.split("/", 2);
        if (parts.length != 2) {
            throw new IllegalStateException("idempotency record " + resourceId + " names no work log");
        }
        return tickets.findWorkLog(ticketId, parts[1]).orElseThrow(
                () -> new IllegalStateException("idempotency record names missing work log " + resourceId));
    }
}
