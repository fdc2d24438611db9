package desk.usecase;

import desk.access.AccessRules;
import desk.access.Caller;
import desk.access.OpeningDecision;
import desk.access.TicketParty;
import desk.account.Account;
import desk.conversation.Message;
import desk.conversation.MessageForm;
import desk.identity.Principal;
import desk.intake.IntakeContext;
import desk.intake.TicketIntake;
import desk.intake.TicketRequest;
import desk.store.AccountStore;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.Channel;
import desk.ticket.MessageDestination;
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
import java.util.UUID;
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
    private final AccountStore accounts;
    private final TicketAccess access;
    private final TicketCalendars calendars;
    private final TicketIntake intake;
    private final IdempotentRequests idempotency;
    private final WriteAttempts attempts;
    private final SecureRandom random = new SecureRandom();

    PostMessage(TicketStore tickets, AccountStore accounts, TicketAccess access, TicketCalendars calendars,
                TicketIntake intake, IdempotentRequests idempotency, WriteAttempts attempts) {
        this.tickets = tickets;
        this.accounts = accounts;
        this.access = access;
        this.calendars = calendars;
        this.intake = intake;
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
                yield switch (ticket.destinationOf(message)) {
                    case MessageDestination.ThisTicket() -> {
                        TicketChange change = ticket.withMessage(message, calendars.of(ticket));
                        tickets.addMessage(message, change, claim.apply(message.id()));
                        yield new Outcome.Posted(message, change.ticket());
                    }
                    case MessageDestination.FollowUp(Ticket closed) -> followUp(closed, message, found.get().caller(), claim);
                    case MessageDestination.Refused(TicketDecision.Conflict conflict) -> new Outcome.Conflict(conflict);
                };
            }
        };
    }

    /**
     * Opens the follow-up of a closed ticket with the message, as intake opens a ticket for the
     * message's author: the account as it is now, its calendar, and the rule set's say on who may
     * raise this kind of ticket for it (an agreement to answer the end customer carries over and
     * is not asked again).
     */
    private Outcome followUp(Ticket closed, Message message, Caller author, Function<String, Optional<IdempotencyRecord>> claim) {
        Account account = accounts.find(closed.accountId()).orElseThrow(() -> new IllegalStateException(
                "ticket " + closed.id() + " names missing account " + closed.accountId()));
        TicketRequest request = TicketIntake.followUpRequest(closed, message, Channel.WEB);
        switch (AccessRules.toOpen(author, account, request.kind(), request.category(), false)) {
            case OpeningDecision.Allowed() -> { }
            case OpeningDecision.AccountHidden() -> {
                return new Outcome.NotAllowed(List.of(FieldProblem.of("status", "the ticket is CLOSED and you no longer act for "
                        + "account " + account.id() + ", so no follow-up can be opened")));
            }
            case OpeningDecision.Refused(List<FieldProblem> problems) -> {
                return new Outcome.NotAllowed(problems);
            }
        }
        String followUpId = UUID.randomUUID().toString();
        Message moved = new Message(message.id(), followUpId, message.author(), message.body(), message.visibility(),
                message.automatic(), message.postedAt());
        TicketChange opened = intake.followUp(followUpId, closed, moved, Channel.WEB,
                new IntakeContext(account, message.author(), author.partner()), calendars.of(account));
        tickets.openFollowUp(opened, moved, claim.apply(followUpId + FOLLOW_UP_SEPARATOR + moved.id()));
        return new Outcome.OpenedFollowUp(moved, opened.ticket());
    }
}
