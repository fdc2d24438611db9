package desk.usecase;

import desk.access.AccessRules;
import desk.access.Caller;
import desk.access.OpeningDecision;
import desk.account.Account;
import desk.conversation.Message;
import desk.intake.IntakeContext;
import desk.intake.TicketIntake;
import desk.intake.TicketRequest;
import desk.store.AccountStore;
import desk.ticket.Channel;
import desk.ticket.MessageDestination;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketDecision;
import desk.validation.FieldProblem;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * Where a new message about a ticket goes and what it changes, whoever brings it (the API's
 * {@link PostMessage}, mail intake's {@link ReceiveMail}): onto the ticket ({@link Ticket#withMessage}),
 * or, on a closed ticket, onto a follow-up ticket that intake opens for the message's author under
 * the rules of any new ticket. Nothing is written here; the caller stores the placement.
 */
@Singleton
public class MessagePlacement {

    public sealed interface Placement {
        /** Onto the ticket, changing it as {@code change} says (perhaps not at all). */
        record OnTicket(Message message, TicketChange change) implements Placement {}

        /** The ticket was closed: {@code opened} follows it up and {@code message} (moved onto it) is its first message. */
        record FollowUp(Message message, TicketChange opened) implements Placement {}

        /** The ticket's status takes no such message. */
        record Refused(TicketDecision.Conflict conflict) implements Placement {}

        /** The author may no longer open a follow-up for the ticket's account. */
        record NotAllowed(List<FieldProblem> problems) implements Placement {}
    }

    private final AccountStore accounts;
    private final TicketCalendars calendars;
    private final TicketIntake intake;

    MessagePlacement(AccountStore accounts, TicketCalendars calendars, TicketIntake intake) {
        this.accounts = accounts;
        this.calendars = calendars;
        this.intake = intake;
    }

    /** @param channel how a follow-up the message opens reached support */
    public Placement place(Ticket ticket, Message message, Caller author, Channel channel) {
        return switch (ticket.destinationOf(message)) {
            case MessageDestination.ThisTicket() -> new Placement.OnTicket(message, ticket.withMessage(message, calendars.of(ticket)));
            case MessageDestination.FollowUp(Ticket closed) -> followUp(closed, message, author, channel);
            case MessageDestination.Refused(TicketDecision.Conflict conflict) -> new Placement.Refused(conflict);
        };
    }

    /**
     * Opens the follow-up of a closed ticket with the message, as intake opens a ticket for the
     * message's author: the account as it is now, its calendar, and the rule set's say on who may
     * raise this kind of ticket for it (an agreement to answer the end customer carries over and
     * is not asked again).
     */
    private Placement followUp(Ticket closed, Message message, Caller author, Channel channel) {
        Account account = accounts.find(closed.accountId()).orElseThrow(() -> new IllegalStateException(
                "ticket " + closed.id() + " names missing account " + closed.accountId()));
        TicketRequest request = TicketIntake.followUpRequest(closed, message, channel);
        switch (AccessRules.toOpen(author, account, request.kind(), request.category(), false)) {
            case OpeningDecision.Allowed() -> { }
            case OpeningDecision.AccountHidden() -> {
                return new Placement.NotAllowed(List.of(FieldProblem.of("status", "the ticket is CLOSED and you no longer act for "
                        + "account " + account.id() + ", so no follow-up can be opened")));
            }
            case OpeningDecision.Refused(List<FieldProblem> problems) -> {
                return new Placement.NotAllowed(problems);
            }
        }
        String followUpId = UUID.randomUUID().toString();
        Message moved = new Message(message.id(), followUpId, message.author(), message.body(), message.visibility(),
                message.automatic(), message.postedAt());
        TicketChange opened = intake.followUp(followUpId, closed, moved, channel,
                new IntakeContext(account, message.author(), author.partner()), calendars.of(account));
        return new Placement.FollowUp(moved, opened);
    }
}
