package desk.usecase;

import desk.access.TicketParty;
import desk.conversation.Message;
import desk.conversation.MessageForm;
import desk.identity.Principal;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.Channel;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketDecision;
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
 * what the ticket's rules make of it (the first-response stamp, status changes), once per
 * {@code Idempotency-Key}. A closed ticket is final: the requester side's message opens a
 * follow-up ticket under intake's rules and is stored there. A write that lost a race to another
 * writer of the ticket is decided again from a fresh read.
 *
 * <p>The idempotency record names the message as {@code <message id>} when it is on the ticket
 * posted to, and as {@code <follow-up id>/<message id>} when it opened a follow-up.
 */
@Singleton
public class PostMessage {

    public sealed interface Outcome {
        record Posted(Message message, Ticket ticket) implements Outcome {}

        /** The ticket was closed: the message opened {@code followUp}, and is stored on it. */
        record OpenedFollowUp(Message message, Ticket followUp) implements Outcome {}

        /**
         * The same key and request came before: the message that request posted, and the ticket it
         * is on as it is now (a follow-up when the request opened one).
         */
        record Replayed(Message message, Ticket ticket) implements Outcome {}

        /** The ticket's status takes no such message (a closed ticket, but for the requester's follow-up). */
        record Conflict(TicketDecision.Conflict conflict) implements Outcome {}

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

    private static final String FOLLOW_UP_SEPARATOR = "/";

    private final TicketStore tickets;
    private final TicketAccess access;
    private final MessagePlacement placement;
    private final IdempotentRequests idempotency;
    private final WriteAttempts attempts;
    private final SecureRandom random = new SecureRandom();

    PostMessage(TicketStore tickets, TicketAccess access, MessagePlacement placement, IdempotentRequests idempotency,
                WriteAttempts attempts) {
        this.tickets = tickets;
        this.access = access;
        this.placement = placement;
        this.idempotency = idempotency;
        this.attempts = attempts;
    }

    public Outcome post(Principal author, String ticketId, Map<String, Object> form, Instant postedAt,
                        Optional<IdempotencyKey> key) {
        return attempts.run(() -> idempotency.run(author, key, postedAt, new IdempotentRequests.Request<>() {
            @Override
            public Outcome replay(String resourceId) {
                int separator = resourceId.indexOf(FOLLOW_UP_SEPARATOR);
                String onTicket = separator < 0 ? ticketId : resourceId.substring(0, separator);
                String messageId = resourceId.substring(separator + 1);
                Message message = tickets.findMessage(onTicket, messageId).orElseThrow(
                        () -> new IllegalStateException("idempotency record names missing message " + resourceId));
                return new Outcome.Replayed(message, tickets.find(onTicket).orElseThrow());
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
                yield switch (placement.place(ticket, message, found.get().caller(), Channel.WEB)) {
                    case MessagePlacement.Placement.OnTicket(Message posted, TicketChange change) -> {
                        tickets.addMessage(posted, change, claim.apply(posted.id()));
                        yield new Outcome.Posted(posted, change.ticket());
                    }
                    case MessagePlacement.Placement.FollowUp(Message moved, TicketChange opened) -> {
                        tickets.openFollowUp(opened, moved, claim.apply(opened.ticket().id() + FOLLOW_UP_SEPARATOR + moved.id()));
                        yield new Outcome.OpenedFollowUp(moved, opened.ticket());
                    }
                    case MessagePlacement.Placement.Refused(TicketDecision.Conflict conflict) -> new Outcome.Conflict(conflict);
                    case MessagePlacement.Placement.NotAllowed(List<FieldProblem> problems) -> new Outcome.NotAllowed(problems);
                };
            }
        };
    }
}
