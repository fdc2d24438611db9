package desk.usecase;

import desk.access.TicketParty;
import desk.conversation.Message;
import desk.conversation.MessageForm;
import desk.identity.Principal;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.validation.FieldProblem;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Adds a message to a ticket's conversation at the time the platform received it, and applies
 * what the ticket's rules make of it (the first-response stamp), once per {@code Idempotency-Key}.
 * A write that lost a race to another writer of the ticket is decided again from a fresh read.
 */
@Singleton
public class PostMessage {

    public sealed interface Outcome {
        record Posted(Message message, Ticket ticket) implements Outcome {}

        /** The same key and request came before: the message that request posted, and the ticket as it is now. */
        record Replayed(Message message, Ticket ticket) implements Outcome {}

        record Refused(List<FieldProblem> problems) implements Outcome {}

        /**
         * The author may not post this kind of message: the ticket's own side writes public messages
         * only, and admins oversee tickets without writing in them.
         */
        record NotAllowed(List<FieldProblem> problems) implements Outcome {}

        /** Unknown, or not the caller's to see: both answer the same. */
        record TicketNotFound(String ticketId) implements Outcome {}

        record KeyReusedWithOtherRequest(String key) implements Outcome {}
    }

    private final TicketStore tickets;
    private final TicketAccess access;
    private final TicketCalendars calendars;
    private final IdempotentRequests idempotency;
    private final WriteAttempts attempts;
    private final SecureRandom random = new SecureRandom();

    PostMessage(TicketStore tickets, TicketAccess access, TicketCalendars calendars, IdempotentRequests idempotency,
                WriteAttempts attempts) {
        this.tickets = tickets;
        this.access = access;
        this.calendars = calendars;
        this.idempotency = idempotency;
        this.attempts = attempts;
    }

    public Outcome post(Principal author, String ticketId, Map<String, Object> form, Instant postedAt,
                        Optional<IdempotencyKey> key) {
        return attempts.run(() -> idempotency.run(author, key, postedAt, new IdempotentRequests.Request<>() {
            @Override
            public Outcome replay(String messageId) {
                Message message = tickets.findMessage(ticketId, messageId).orElseThrow(
                        () -> new IllegalStateException("idempotency record names missing message " + messageId));
                return new Outcome.Replayed(message, tickets.find(ticketId).orElseThrow());
            }

            @Override
            public Outcome reusedWithOtherRequest(String reusedKey) {
                return new Outcome.KeyReusedWithOtherRequest(reusedKey);
            }

            @Override
            public Outcome perform(Function<String, Optional<IdempotencyRecord>> claim) {
                return postTo(author, ticketId, form, postedAt, claim);
            }
        }));
    }

    private Outcome postTo(Principal author, String ticketId, Map<String, Object> form, Instant postedAt,
                           Function<String, Optional<IdempotencyRecord>> claim) {
        Optional<TicketAccess.Visible> found = access.find(author, ticketId);
        if (found.isEmpty()) {
            return new Outcome.TicketNotFound(ticketId);
        }
        Ticket ticket = found.get().ticket();
        TicketParty party = found.get().party();
        return switch (MessageForm.read(form)) {
            case MessageForm.Reading.Invalid(List<FieldProblem> problems) -> new Outcome.Refused(problems);
            case MessageForm.Reading.Accepted(MessageForm.Draft draft) when !party.mayPost(draft.visibility()) ->
                    new Outcome.NotAllowed(List.of(FieldProblem.of("visibility", party == TicketParty.OVERSIGHT
                            ? "admins oversee tickets without writing in them; support agents answer"
                            : "INTERNAL notes are written by support only; post a PUBLIC message")));
            case MessageForm.Reading.Accepted(MessageForm.Draft draft) -> {
                Message message = new Message(Message.newId(postedAt, random), ticketId, author, draft.body(),
                        draft.visibility(), draft.automatic(), postedAt);
                TicketChange change = ticket.withMessage(message, calendars.of(ticket));
                tickets.addMessage(message, change, claim.apply(message.id()));
                yield new Outcome.Posted(message, change.ticket());
            }
        };
    }
}
