package desk.usecase;

import desk.account.Partner;
import desk.conversation.Message;
import desk.mail.MailAddress;
import desk.mail.MailDirection;
import desk.mail.MailHeaders;
import desk.mail.MailThread;
import desk.mail.NoReplyAddress;
import desk.mail.OutgoingMail;
import desk.mail.SupportAddresses;
import desk.mail.TicketToken;
import desk.sla.FirstResponseDeadline;
import desk.store.MailLedger;
import desk.store.MailLedger.Claimed;
import desk.store.MailLedger.MailRecord;
import desk.store.MailThreads;
import desk.store.PartnerStore;
import desk.store.TicketStore;
import desk.ticket.Channel;
import desk.ticket.Ticket;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Mails what an announcement asks for, exactly once per announcement id (policy, "Email"):
 * <ul>
 *   <li>{@code Support Replied} on an EMAIL ticket: the agent's message to the ticket's requester
 *       or, for an indirect account's ticket answered to its Solution Partner, to the partner's
 *       support address (none: recorded as not sendable);</li>
 *   <li>{@code Ticket Received} of an EMAIL ticket: the acknowledgement to the sender (ticket,
 *       subject, first-response deadline in the calendar's zone), {@code Auto-Submitted:
 *       auto-replied}, at most one per sender within {@code desk.mail.acknowledgement-window}
 *       (other auto-responders answer acknowledgements: this breaks the loop) and one per ticket.</li>
 * </ul>
 * Never to an address a bounce marked undeliverable, a no-reply mailbox ({@link NoReplyAddress})
 * or our own (a support address, tagged or not, or any address of our Message-ID or support
 * domain). Every mail carries our Message-ID, derived from the announcement id (a
 * retry sends the same one), {@code In-Reply-To}/{@code References} from the ticket's thread, the
 * signed reply-to address and subject tag ({@link TicketToken}), from the thread's support address.
 *
 * <p>Exactly once: the ledger claims the announcement (with a lease) before sending and marks it
 * sent after the mail service accepted it; a redelivery finds it settled and sends nothing. If the
 * sender dies between the two, the lease runs out and a retry sends again with the same Message-ID:
 * the one duplicate possible, which mail clients show as one message.
 */
@Singleton
@Requires(beans = {MailSender.class, TicketToken.class}) // only the mailer's context sends mail
public class SendTicketMail {
    static final String SUPPORT_REPLIED = "Support Replied";
    static final String TICKET_RECEIVED = "Ticket Received";
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
    private static final int MAX_REFERENCES = 20;

    private final TicketStore tickets;
    private final MailThreads threads;
    private final PartnerStore partners;
    private final MailLedger ledger;
    private final MailSender sender;
    private final TicketToken token;
    private final SupportAddresses supportAddresses;
    private final String messageIdDomain;
    private final Duration acknowledgementWindow;
    private final Duration lease;

    public SendTicketMail(TicketStore tickets, MailThreads threads, PartnerStore partners, MailLedger ledger, MailSender sender,
                          TicketToken token, SupportAddresses supportAddresses,
                          @Value("${desk.mail.message-id-domain}") String messageIdDomain,
                          @Value("${desk.mail.acknowledgement-window}") String acknowledgementWindow,
                          @Value("${desk.mail.send-lease}") String lease) {
        this.tickets = tickets;
        this.threads = threads;
        this.partners = partners;
        this.ledger = ledger;
        this.sender = sender;
        this.token = token;
        this.supportAddresses = supportAddresses;
        this.messageIdDomain = messageIdDomain.toLowerCase(Locale.ROOT);
        this.acknowledgementWindow = Duration.parse(acknowledgementWindow);
        this.lease = Duration.parse(lease);
    }

    /**
     * An announcement as the bus delivers it: its id ({@code detail.eventId}), {@code detail-type},
     * ticket, when it happened and its detail fields (a reply's {@code messageId}).
     */
    public record Announced(String eventId, String detailType, String ticketId, Instant occurredAt, Map<String, Object> detail) {
        public Announced {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(detailType, "detailType");
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            detail = Map.copyOf(detail);
        }
    }

    /** What became of an announcement. */
    public sealed interface Outcome {
        /** Mailed now. */
        record Sent(String messageId, List<MailAddress> to) implements Outcome {}

        /** Settled before (a redelivery): sent, or recorded as not to be sent. */
        record AlreadySettled(MailRecord record) implements Outcome {}

        /** Asks for no mail at all (another type, a ticket not opened by mail): nothing recorded. */
        record NoMail(String reason) implements Outcome {}

        /** Asks for a mail that must not or cannot go out: recorded, never retried. */
        record NotSendable(String reason) implements Outcome {}
    }

    /**
     * @param now the sender's clock, for the claim's lease only (what is sent depends on the announcement alone)
     * @throws MailNotSentException the mail service failed or another sender holds the claim: retry later
     */
    public Outcome send(Announced announced, Instant now) {
        boolean reply = announced.detailType().equals(SUPPORT_REPLIED);
        if (!reply && !announced.detailType().equals(TICKET_RECEIVED)) {
            return new Outcome.NoMail("a " + announced.detailType() + " announcement is not mailed");
        }
        Optional<Ticket> found = tickets.find(announced.ticketId());
        if (found.isEmpty()) {
            // Tickets are never deleted: an event of another table or environment. No retry can mend it.
            return new Outcome.NoMail("ticket " + announced.ticketId() + " does not exist here");
        }
        Ticket ticket = found.get();
        if (ticket.channel() != Channel.EMAIL) {
            return new Outcome.NoMail("ticket " + ticket.id() + " came by " + ticket.channel() + ", not by mail");
        }
        Optional<MailRecord> settled = ledger.find(announced.eventId()).filter(r -> r.state() != MailRecord.State.SENDING);
        if (settled.isPresent()) {
            return new Outcome.AlreadySettled(settled.get());
        }
        Optional<MailThread> thread = threads.find(ticket.id());
        if (thread.isEmpty()) {
            return notSendable(announced, "ticket " + ticket.id() + " has no mail thread");
        }
        Recipient recipient = reply ? replyRecipient(ticket, thread.get()) : new Recipient(Optional.of(thread.get().requester()), "");
        if (recipient.address().isEmpty()) {
            return notSendable(announced, recipient.why());
        }
        MailAddress to = recipient.address().get();
        Optional<String> refused = refusal(to, thread.get());
        if (refused.isPresent()) {
            return notSendable(announced, refused.get());
        }
        OutgoingMail mail = reply ? replyMail(announced, ticket, thread.get(), to) : acknowledgement(announced, ticket, thread.get(), to);
        Claimed claimed = ledger.claim(new MailLedger.Claim(announced.eventId(), ticket.id(), mail.messageId(),
                announced.occurredAt(), reply ? Optional.empty() : Optional.of(to.key()), acknowledgementWindow, now, lease));
        return switch (claimed) {
            case Claimed.Settled(MailRecord record) -> new Outcome.AlreadySettled(record);
            case Claimed.Leased(Instant until) -> throw new MailNotSentException("the mail of " + announced.eventId()
                    + " is being sent by another invocation (claimed until " + until + "); retry after that");
            case Claimed.SenderRecentlyAcknowledged(String other) -> notSendable(announced, to.key()
                    + " was acknowledged for ticket " + other + " within " + acknowledgementWindow);
            case Claimed.Granted(String claimToken) -> {
                String providerId;
                try {
                    providerId = sender.send(mail, List.of(to));
                } catch (MailNotSentException e) {
                    ledger.release(announced.eventId(), claimToken, e.getMessage());
                    throw e;
                }
                ledger.markSent(announced.eventId(), providerId, now);
                yield new Outcome.Sent(mail.messageId(), List.of(to));
            }
        };
    }

    private record Recipient(Optional<MailAddress> address, String why) {}

    /** Policy: an indirect account's ticket is answered to its Solution Partner unless agreed otherwise (then {@code respondTo} is the requester). */
    private Recipient replyRecipient(Ticket ticket, MailThread thread) {
        Optional<String> partnerId = ticket.respondTo().partner();
        if (partnerId.isEmpty()) {
            return new Recipient(Optional.of(thread.requester()), "");
        }
        Optional<MailAddress> address = partners.find(partnerId.get()).flatMap(Partner::supportAddress);
        return new Recipient(address, "Solution Partner " + partnerId.get() + " answers ticket " + ticket.id()
                + " and has no support address to mail");
    }

    /** Why an address is never mailed: a bounce, nobody reads it, or it is our own (mail loops). */
    private Optional<String> refusal(MailAddress to, MailThread thread) {
        if (supportAddresses.isOurs(to) || to.domain().equals(messageIdDomain) || to.domain().equals(thread.supportAddress().domain())) {
            return Optional.of(to.key() + " is our own address");
        }
        if (NoReplyAddress.is(to)) {
            return Optional.of(to.key() + " is a no-reply address");
        }
        if (!thread.isDeliverable(to)) {
            return Optional.of(to.key() + " bounced: marked undeliverable on the ticket");
        }
        return Optional.empty();
    }

    private Outcome notSendable(Announced announced, String reason) {
        ledger.recordNotSent(announced.eventId(), announced.ticketId(), reason, announced.occurredAt());
        return new Outcome.NotSendable(reason);
    }

    private OutgoingMail replyMail(Announced announced, Ticket ticket, MailThread thread, MailAddress to) {
        String messageId = String.valueOf(announced.detail().get("messageId"));
        Message message = tickets.findMessage(ticket.id(), messageId).orElseThrow(() ->
                new IllegalStateException("message " + messageId + " of ticket " + ticket.id() + " does not exist"));
        return mail(announced, ticket, thread, to, message.body(), Optional.empty());
    }

    private OutgoingMail acknowledgement(Announced announced, Ticket ticket, MailThread thread, MailAddress to) {
        String due = ticket.deadline().map(SendTicketMail::deadline)
                .map(when -> "Support will answer by " + when + ".")
                .orElse("Support will answer as soon as possible.");
        String body = "We received your message and opened ticket " + ticket.id() + ": " + ticket.subject() + "\n\n"
                + due + "\n\n"
                + "To add to the ticket, reply to this mail and keep the ticket tag in the subject.\n";
        return mail(announced, ticket, thread, to, body, Optional.of("auto-replied"));
    }

    /** The deadline in its calendar's zone, e.g. {@code Monday 30 November 2026, 09:30 (Europe/Madrid)}. */
    private static String deadline(FirstResponseDeadline deadline) {
        return DEADLINE.format(deadline.dueAt().atZone(deadline.zone())) + " (" + deadline.zone().getId() + ")";
    }

    private OutgoingMail mail(Announced announced, Ticket ticket, MailThread thread, MailAddress to, String body,
                              Optional<String> autoSubmitted) {
        String messageId = messageId(announced.eventId());
        List<MailLedger.ThreadEntry> entries = ledger.threadOf(ticket.id()).stream()
                .filter(entry -> !entry.messageId().equals(messageId)).toList();
        List<String> references = references(entries.stream().map(MailLedger.ThreadEntry::messageId).toList());
        // We answer the customer's newest mail; a thread of ours alone is answered at its newest.
        Optional<String> inReplyTo = entries.reversed().stream().filter(entry -> entry.direction() == MailDirection.IN)
                .findFirst().or(() -> entries.reversed().stream().findFirst()).map(MailLedger.ThreadEntry::messageId);
        return new OutgoingMail(thread.supportAddress(), List.of(to), List.of(),
                List.of(token.replyAddress(thread.supportAddress(), ticket.id())), subject(thread.subject(), ticket.id()),
                body, messageId, inReplyTo, references,
                autoSubmitted, announced.occurredAt(), MailHeaders.of("X-Desk-Ticket", ticket.id()));
    }

    /** Ours, from the announcement id alone: {@code <name-based UUID>@<desk.mail.message-id-domain>}, the same on every retry. */
    String messageId(String announcementId) {
        return UUID.nameUUIDFromBytes(("desk-mail:" + announcementId).getBytes(StandardCharsets.UTF_8)) + "@" + messageIdDomain;
    }

    /** The thread's ids (ours excluded), oldest first; a long thread keeps its first id and the latest ones (RFC 5322 3.6.4). */
    private static List<String> references(List<String> thread) {
        List<String> ids = new ArrayList<>(thread);
        if (ids.size() > MAX_REFERENCES) {
            List<String> kept = new ArrayList<>();
            kept.add(ids.getFirst());
            kept.addAll(ids.subList(ids.size() - (MAX_REFERENCES - 1), ids.size()));
            return kept;
        }
        return ids;
    }

    /** {@code Re: <first subject> [#<token>]}, without stacking prefixes or tags. */
    private String subject(String first, String ticketId) {
        String tag = token.subjectTag(ticketId);
        String subject = first.isBlank() ? "Your support ticket" : first.strip();
        if (!subject.regionMatches(true, 0, "Re:", 0, 3)) {
            subject = "Re: " + subject;
        }
        return subject.contains(tag) ? subject : subject + " " + tag;
    }
}
