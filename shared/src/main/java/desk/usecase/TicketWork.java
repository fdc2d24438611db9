package desk.usecase;

import desk.access.TicketParty;
import desk.identity.Principal;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketDecision;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one flow of support's work on a ticket, shared by {@link AssignTicket},
 * {@link ChangeTicketStatus} and {@link ReclassifyTicket}: find the ticket as the caller may see it,
 * let only those who work tickets ({@link TicketParty#mayWork}) ask the ticket what the request
 * does, and store the change with its announcements and the request's {@code Idempotency-Key}
 * record. A write that lost a race is decided again from a fresh read.
 */
@Singleton
class TicketWork {
    private final TicketStore tickets;
    private final TicketAccess access;
    private final IdempotentRequests idempotency;
    private final WriteAttempts attempts;

    TicketWork(TicketStore tickets, TicketAccess access, IdempotentRequests idempotency, WriteAttempts attempts) {
        this.tickets = tickets;
        this.access = access;
        this.idempotency = idempotency;
        this.attempts = attempts;
    }

    /**
     * How a change is stored and what its idempotency record names: the ticket alone (its id), or
     * the ticket with what the work produced ({@code <ticket id>/<resource id>}).
     */
    interface Recording {
        String resourceId(String ticketId);

        void store(TicketChange change, Optional<IdempotencyRecord> idempotency);
    }

    /** {@code decide}: what the request does to the ticket as read (reading its form first). */
    WorkOutcome run(Principal worker, String ticketId, Instant now, Optional<IdempotencyKey> key,
                    Function<Ticket, TicketDecision> decide) {
        return run(worker, ticketId, now, key, decide, new Recording() {
            @Override
            public String resourceId(String id) {
                return id;
            }

            @Override
            public void store(TicketChange change, Optional<IdempotencyRecord> idempotency) {
                tickets.update(change, idempotency);
            }
        });
    }

    /** As {@link #run(Principal, String, Instant, Optional, Function)}, the change stored by {@code recording}. */
    WorkOutcome run(Principal worker, String ticketId, Instant now, Optional<IdempotencyKey> key,
                    Function<Ticket, TicketDecision> decide, Recording recording) {
        return attempts.run(() -> idempotency.run(worker, key, now, new IdempotentRequests.Request<>() {
            @Override
            public WorkOutcome replay(String resourceId) {
                String recordedTicket = resourceId.split("/", 2)[0];
                return new WorkOutcome.Replayed(tickets.find(recordedTicket).orElseThrow(
                        () -> new IllegalStateException("idempotency record names missing ticket " + recordedTicket)),
                        resourceId);
            }

            @Override
            public WorkOutcome reusedWithOtherRequest(String reusedKey) {
                return new WorkOutcome.KeyReusedWithOtherRequest(reusedKey);
            }

            @Override
            public WorkOutcome perform(Function<String, Optional<IdempotencyRecord>> claim) {
                return workOn(worker, ticketId, decide, recording, claim);
            }
        }));
    }

    private WorkOutcome workOn(Principal worker, String ticketId, Function<Ticket, TicketDecision> decide,
                               Recording recording, Function<String, Optional<IdempotencyRecord>> claim) {
        Optional<TicketAccess.Visible> found = access.find(worker, ticketId);
        if (found.isEmpty()) {
            return new WorkOutcome.TicketNotFound(ticketId);
        }
        TicketParty party = found.get().party();
        if (!party.mayWork()) {
            return new WorkOutcome.NotAllowed(party == TicketParty.OVERSIGHT
                    ? "Admins oversee tickets without working them; support agents assign, reclassify and change status."
                    : "Assigning, reclassifying and changing the status of a ticket is support's work.");
        }
        return switch (decide.apply(found.get().ticket())) {
            case TicketDecision.Invalid(var problems) -> new WorkOutcome.Refused(problems);
            case TicketDecision.Conflict(var problem, var current, var allowed) -> new WorkOutcome.Conflict(problem, current, allowed);
            case TicketDecision.Accepted(TicketChange change) when !change.changed() -> new WorkOutcome.Unchanged(change.ticket());
            case TicketDecision.Accepted(TicketChange change) -> {
                recording.store(change, claim.apply(recording.resourceId(ticketId)));
                yield new WorkOutcome.Changed(change.ticket());
            }
        };
    }
}
