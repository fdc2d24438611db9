package desk.usecase;

import desk.access.AccessRules;
import desk.access.Caller;
import desk.access.OpeningDecision;
import desk.access.TicketParty;
import desk.account.Account;
import desk.account.ClientLink;
import desk.conversation.Message;
import desk.conversation.Visibility;
import desk.identity.Principal;
import desk.intake.IntakeContext;
import desk.intake.MailTicketRequest;
import desk.intake.TicketIntake;
import desk.intake.TicketRequest;
import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailDirection;
import desk.mail.MailOrigin;
import desk.mail.MailReading;
import desk.mail.MailThread;
import desk.mail.ReceivedMail;
import desk.mail.ReceivedMail.Disposition;
import desk.mail.StoredMail;
import desk.mail.SupportAddresses;
import desk.mail.TicketToken;
import desk.store.AccountStore;
import desk.store.InboundMails;
import desk.store.MailThreads;
import desk.store.TicketStore;
import desk.ticket.Channel;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketDecision;
import desk.validation.FieldProblem;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes in one mail the mail system stored: it becomes a ticket, a message on the ticket it
 * answers, or a record kept for triage, and never gets lost or counts twice.
 *
 * <ul>
 *   <li><b>Receipt time</b>: the mail system's (the mail's topmost {@code Received} date), else the
 *       time of the storage event.</li>
 *   <li><b>Once</b>: the same stored object, and the same Message-ID (one mail to two support
 *       addresses), count once: marks written with what the mail made, in one transaction; a race
 *       is decided by their conditions and the loser, reading again, is a duplicate.</li>
 *   <li><b>Threading</b>, in order: a valid ticket token in a recipient address, a Message-ID the mail
 *       answers ({@code In-Reply-To}, then {@code References} newest first) that we received or sent
 *       for a ticket, a valid token in the subject. A forged token names nothing.</li>
 *   <li><b>Sender</b>: a known user's address ({@code mailUsers}) is that customer or partner user; else
 *       an address at an account's mail domain is a person of that account, acting as customer user
 *       {@code mail:<address key>} (a stable subject: the same address is always the same person).</li>
 *   <li><b>Reply</b>: joins its ticket as a public message when its sender is on the ticket's side
 *       (the rules of {@link AccessRules}), or already takes part in its mail thread (its requester,
 *       a CC'd person), who then writes as {@code mail:<address key>} of the ticket's account. The
 *       requester is never replaced; a person writing joins the thread. Placed as any message is
 *       ({@link MessagePlacement}): a closed ticket's reply opens a follow-up. Anyone else replying
 *       (a valid token forwarded to a stranger) is kept as unmatched for triage.</li>
 *   <li><b>New mail</b> opens a ticket through intake ({@link MailTicketRequest}, {@code EMAIL}): a
 *       customer user's or domain person's for their account; a partner user's for the partner's one
 *       client account, and kept for triage when the partner has none or several.</li>
 *   <li><b>Automatic mail</b> never opens a ticket: on its ticket it is an automatic message (it
 *       neither stamps nor reopens), elsewhere it is recorded. A bounce marks its failed recipients
 *       undeliverable on the ticket of the mail that bounced.</li>
 *   <li><b>Unknown sender</b> and <b>rejected</b> mail are kept and announced for triage.</li>
 * </ul>
 */
@Singleton
@Requires(beans = TicketToken.class)
public class ReceiveMail {

    public sealed interface Outcome {
        /** For logs and metrics: one word per outcome. */
        default String name() {
            return switch (this) {
                case TicketOpened o -> "TicketOpened";
                case MessageAdded o -> "MessageAdded";
                case FollowUpOpened o -> "FollowUpOpened";
                case RecordedAutomatic o -> "RecordedAutomatic";
                case BounceRecorded o -> "BounceRecorded";
                case Unmatched o -> "Unmatched";
                case Rejected o -> "Rejected";
                case Duplicate o -> "Duplicate";
            };
        }

        record TicketOpened(Ticket ticket) implements Outcome {}

        record MessageAdded(Message message, Ticket ticket) implements Outcome {}

        /** The mail answered a closed ticket: it opened {@code followUp}, on which it is the first message. */
        record FollowUpOpened(Message message, Ticket followUp) implements Outcome {}

        /** Sent by a machine: kept, as an automatic message on its ticket when it has one. */
        record RecordedAutomatic(Optional<String> ticketId, Optional<Message> message) implements Outcome {}

        /** A delivery failure: these addresses are undeliverable on the ticket, when one was found. */
        record BounceRecorded(Optional<String> ticketId, List<MailAddress> undeliverable) implements Outcome {}

        /** No party or ticket takes it: kept as record {@code recordId} and announced for triage. */
        record Unmatched(String recordId, String reason) implements Outcome {}

        /** Not a message support can read: kept with its reason and announced for triage. */
        record Rejected(String recordId, String reason) implements Outcome {}

        /** Received before: {@code why} says how it was recognised (the stored object, the Message-ID). */
        record Duplicate(String why) implements Outcome {}
    }

    private final InboundMails inbound;
    private final MailThreads threads;
    private final TicketStore tickets;
    private final AccountStore accounts;
    private final TicketAccess access;
    private final TicketCalendars calendars;
    private final TicketIntake intake;
    private final MessagePlacement placement;
    private final TicketToken token;
    private final SupportAddresses supportAddresses;
    private final WriteAttempts attempts;
    private final SecureRandom random = new SecureRandom();

    ReceiveMail(InboundMails inbound, MailThreads threads, TicketStore tickets, AccountStore accounts, TicketAccess access,
                TicketCalendars calendars, TicketIntake intake, MessagePlacement placement, TicketToken token,
                SupportAddresses supportAddresses, WriteAttempts attempts) {
        this.inbound = inbound;
        this.threads = threads;
        this.tickets = tickets;
        this.accounts = accounts;
        this.access = access;
        this.calendars = calendars;
        this.intake = intake;
        this.placement = placement;
        this.token = token;
        this.supportAddresses = supportAddresses;
        this.attempts = attempts;
    }

    /**
     * @param object    where the mail system stored the raw message
     * @param reading   the raw message as read
     * @param eventTime the storage event's time: the receipt time when the mail does not carry the mail system's
     */
    public Outcome receive(StoredMail object, MailReading reading, Instant eventTime) {
        return attempts.run(() -> decide(object, reading, eventTime));
    }

    private Outcome decide(StoredMail object, MailReading reading, Instant eventTime) {
        if (inbound.deliveredAs(object).isPresent()) {
            return new Outcome.Duplicate("the stored object was received before");
        }
        return switch (reading) {
            case MailReading.Rejected(String reason) -> {
                ReceivedMail record = record(object, eventTime, Optional.empty(), Disposition.REJECTED, reason);
                inbound.recordApart(record, false);
                yield new Outcome.Rejected(record.id(), reason);
            }
            case MailReading.Read(InboundMail mail) -> read(object, mail, mail.receivedAt().orElse(eventTime));
        };
    }

    private Outcome read(StoredMail object, InboundMail mail, Instant receivedAt) {
        Optional<MailDirection> known = mail.messageId().flatMap(inbound::directionOf);
        if (known.filter(MailDirection.IN::equals).isPresent()) {
            return new Outcome.Duplicate("its Message-ID was received before");
        }
        // Our own Message-ID coming back (a loop, a bounce copy) is not claimed: the id stays our mail's.
        boolean claims = mail.messageId().isPresent() && known.isEmpty();
        Received received = new Received(object, mail, receivedAt, claims);
        if (mail.origin() instanceof MailOrigin.DeliveryFailure failure) {
            return bounce(received, failure);
        }
        Optional<Ticket> ticket = threaded(mail);
        if (ticket.isPresent()) {
            return reply(received, ticket.get());
        }
        if (mail.origin() instanceof MailOrigin.Automatic automatic) {
            inbound.recordApart(received.as(Disposition.AUTOMATIC, automatic.reason(), random), claims);
            return new Outcome.RecordedAutomatic(Optional.empty(), Optional.empty());
        }
        return open(received);
    }

    /** The ticket a mail answers, by the threading rules in order; a token or id naming no ticket names nothing. */
    private Optional<Ticket> threaded(InboundMail mail) {
        List<MailAddress> recipients = Stream.concat(mail.to().stream(), mail.cc().stream()).toList();
        return token.fromAddresses(recipients).flatMap(tickets::find)
                .or(() -> mail.answeredMessageIds().stream()
                        .map(threads::ticketOfMessageId).flatMap(Optional::stream)
                        .map(tickets::find).flatMap(Optional::stream)
                        .findFirst())
                .or(() -> token.fromSubject(mail.subject()).flatMap(tickets::find));
    }

    private Outcome bounce(Received received, MailOrigin.DeliveryFailure failure) {
        List<MailAddress> failed = failure.failedRecipients().stream().map(ReceiveMail::address).flatMap(Optional::stream).toList();
        Optional<String> ticketId = failure.originalMessageId().flatMap(threads::ticketOfMessageId)
                .or(() -> threaded(received.mail()).map(Ticket::id));
        Optional<MailThread> thread = ticketId.flatMap(threads::find);
        String reason = failed.size() + " recipient(s) failed";
        if (ticketId.isEmpty()) {
            inbound.recordApart(received.as(Disposition.BOUNCE, reason + "; no ticket's mail bounced", random), received.claims());
            return new Outcome.BounceRecorded(Optional.empty(), failed);
        }
        Optional<MailThread> marked = thread.map(t -> t.withUndeliverable(failed)).filter(t -> !t.equals(thread.get()));
        inbound.recordOnTicket(received.as(Disposition.BOUNCE, reason, random), ticketId.get(), marked, received.claims());
        return new Outcome.BounceRecorded(ticketId, failed);
    }

    /** A mail that answers a ticket. */
    private Outcome reply(Received received, Ticket ticket) {
        InboundMail mail = received.mail();
        Optional<MailThread> thread = threads.find(ticket.id());
        Optional<Principal> author = authorOn(ticket, mail.from(), thread);
        boolean automatic = mail.origin().isAutomatic();
        String reason = automatic ? ((MailOrigin.Automatic) mail.origin()).reason() : "";
        if (author.isEmpty()) {
            if (automatic) {
                inbound.recordOnTicket(received.as(Disposition.AUTOMATIC, reason + "; its sender takes no part in the ticket", random),
                        ticket.id(), Optional.empty(), received.claims());
                return new Outcome.RecordedAutomatic(Optional.of(ticket.id()), Optional.empty());
            }
            return unmatched(received, "the sender takes no part in the ticket the mail answers");
        }
        Message message = new Message(Message.newId(received.at(), random), ticket.id(), author.get(),
                MailTicketRequest.text(mail), Visibility.PUBLIC, automatic, received.at());
        return switch (placement.place(ticket, message, access.caller(author.get()), Channel.EMAIL)) {
            case MessagePlacement.Placement.OnTicket(Message posted, TicketChange change) -> {
                // A person writing joins the thread (its requester stays); a machine never does.
                Optional<MailThread> joined = automatic ? Optional.empty()
                        : thread.map(t -> joined(t, mail)).filter(t -> !t.equals(thread.get()));
                inbound.addMessage(received.as(automatic ? Disposition.AUTOMATIC : Disposition.MESSAGE_ADDED, reason, random),
                        posted, change, joined, received.claims());
                yield automatic ? new Outcome.RecordedAutomatic(Optional.of(ticket.id()), Optional.of(posted))
                        : new Outcome.MessageAdded(posted, change.ticket());
            }
            case MessagePlacement.Placement.FollowUp(Message moved, TicketChange opened) -> {
                MailThread followUpThread = joined(MailThread.opened(opened.ticket().id(), mail.from(),
                        supportAddresses.receiving(mail), mail.subject()), mail);
                inbound.openFollowUp(received.as(Disposition.FOLLOW_UP_OPENED, "", random), opened, moved, followUpThread,
                        received.claims());
                yield new Outcome.FollowUpOpened(moved, opened.ticket());
            }
            case MessagePlacement.Placement.Refused(TicketDecision.Conflict conflict) when automatic -> {
                inbound.recordOnTicket(received.as(Disposition.AUTOMATIC, reason + "; the ticket is " + ticket.status(), random),
                        ticket.id(), Optional.empty(), received.claims());
                yield new Outcome.RecordedAutomatic(Optional.of(ticket.id()), Optional.empty());
            }
            case MessagePlacement.Placement.Refused(TicketDecision.Conflict conflict) ->
                    unmatched(received, "the ticket the mail answers takes no message: " + conflict);
            case MessagePlacement.Placement.NotAllowed(List<FieldProblem> problems) ->
                    unmatched(received, "the sender may no longer write on the ticket: " + problems(problems));
        };
    }

    /**
     * Who a reply's sender is on the ticket: a known user or domain person on the ticket's side, or
     * someone already in its mail thread, writing for the ticket's account.
     */
    private Optional<Principal> authorOn(Ticket ticket, MailAddress from, Optional<MailThread> thread) {
        Optional<Principal> sender = senderOf(from);
        Optional<Principal> onSide = sender.filter(principal -> access.visible(access.caller(principal), ticket)
                .filter(visible -> visible.party() == TicketParty.REQUESTER_SIDE).isPresent());
        if (onSide.isPresent()) {
            return onSide;
        }
        return thread.filter(t -> t.involves(from)).map(t -> new Principal.CustomerUser(personOf(from), ticket.accountId()));
    }

    /** A new mail that answers no ticket: a ticket through intake, for the sender's account. */
    private Outcome open(Received received) {
        InboundMail mail = received.mail();
        Optional<Principal> sender = senderOf(mail.from());
        if (sender.isEmpty()) {
            return unmatched(received, "unknown sender");
        }
        Caller caller = access.caller(sender.get());
        Optional<Account> account = switch (sender.get()) {
            case Principal.CustomerUser customer -> accounts.find(customer.accountId());
            case Principal.PartnerUser partner -> {
                List<ClientLink> clients = caller.partner().isEmpty() ? List.of() : accounts.clientsOf(partner.partnerId());
                yield clients.size() == 1 ? accounts.find(clients.getFirst().accountId()) : Optional.empty();
            }
            default -> Optional.empty();
        };
        if (account.isEmpty()) {
            return unmatched(received, sender.get() instanceof Principal.PartnerUser
                    ? "a partner user wrote a new mail, and the partner has not exactly one client account to open it for"
                    : "the sender's account does not exist");
        }
        TicketRequest request = MailTicketRequest.of(mail, account.get());
        switch (AccessRules.toOpen(caller, account.get(), request.kind(), request.category(), request.agreedDirectContact())) {
            case OpeningDecision.Allowed() -> { }
            case OpeningDecision.AccountHidden() -> {
                return unmatched(received, "the sender does not act for account " + account.get().id());
            }
            case OpeningDecision.Refused(List<FieldProblem> problems) -> {
                return unmatched(received, "the sender may not open this ticket: " + problems(problems));
            }
        }
        TicketChange opened = intake.open(UUID.randomUUID().toString(), request,
                new IntakeContext(account.get(), sender.get(), caller.partner()), received.at(), calendars.of(account.get()));
        MailThread thread = joined(MailThread.opened(opened.ticket().id(), mail.from(), supportAddresses.receiving(mail),
                mail.subject()), mail);
        inbound.openTicket(received.as(Disposition.TICKET_OPENED, "", random), opened, thread, received.claims());
        return new Outcome.TicketOpened(opened.ticket());
    }

    /** A known user's address, else a person at an account's mail domain. */
    private Optional<Principal> senderOf(MailAddress from) {
        return inbound.userOf(from).or(() -> inbound.accountOfDomain(from.domain())
                .map(accountId -> new Principal.CustomerUser(personOf(from), accountId)));
    }

    /** The subject a person known only by address acts as: the same address is always the same person. */
    static String personOf(MailAddress address) {
        return "mail:" + address.key();
    }

    /** The thread with the sender and the mail's other recipients (CC'd people), none of ours, beside its requester. */
    private MailThread joined(MailThread thread, InboundMail mail) {
        MailThread joined = thread.withParticipant(mail.from());
        for (MailAddress recipient : Stream.concat(mail.to().stream(), mail.cc().stream()).toList()) {
            if (!supportAddresses.isOurs(recipient)) {
                joined = joined.withParticipant(recipient);
            }
        }
        return joined;
    }

    private Outcome unmatched(Received received, String reason) {
        ReceivedMail record = received.as(Disposition.UNMATCHED, reason, random);
        inbound.recordApart(record, received.claims());
        return new Outcome.Unmatched(record.id(), reason);
    }

    private ReceivedMail record(StoredMail object, Instant at, Optional<InboundMail> mail, Disposition disposition, String reason) {
        return new ReceivedMail(Message.newId(at, random), object, at, mail, disposition, reason);
    }

    private static String problems(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.problem()).collect(Collectors.joining("; "));
    }

    private static Optional<MailAddress> address(String text) {
        try {
            return Optional.of(MailAddress.of(text.strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /** A mail read, with its receipt time and whether its Message-ID is claimed. */
    private record Received(StoredMail object, InboundMail mail, Instant at, boolean claims) {
        ReceivedMail as(Disposition disposition, String reason, SecureRandom random) {
            return new ReceivedMail(Message.newId(at, random), object, at, Optional.of(mail), disposition, reason);
        }
    }
}
