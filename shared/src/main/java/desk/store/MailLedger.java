package desk.store;

import desk.mail.MailDirection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the desk mailed for each announcement, so that each is mailed once, and the Message-IDs of
 * each ticket's mail thread. Sending is claimed before the mail goes out (with a lease, for a
 * sender that dies half way) and marked sent after the mail service accepted it; a redelivered
 * announcement finds its record and sends nothing.
 */
public interface MailLedger {

    /**
     * Claim the sending of one announcement's mail.
     *
     * @param announcementId     the announcement ({@code <ticket id>/<sequence>})
     * @param messageId          our Message-ID for it (the same on every attempt), recorded for threading with the claim
     * @param occurredAt         when the announced change happened: orders the ticket's thread
     * @param acknowledgedSender an acknowledgement's recipient (its key), held for {@code window} from {@code occurredAt}
     * @param window             how long one sender gets no second acknowledgement
     * @param now                the sender's clock, for the lease
     * @param lease              how long the claim keeps other senders away
     */
    record Claim(String announcementId, String ticketId, String messageId, Instant occurredAt,
                 Optional<String> acknowledgedSender, Duration window, Instant now, Duration lease) {
        public Claim {
            Objects.requireNonNull(announcementId, "announcementId");
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(acknowledgedSender, "acknowledgedSender");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(lease, "lease");
        }
    }

    /** What claiming gave. */
    sealed interface Claimed {
        /** Ours: send, then {@link #markSent} (or {@link #release} when the mail service refused it). */
        record Granted(String claimToken) implements Claimed {}

        /** Already settled: sent, or recorded as not to be sent. Nothing more to do. */
        record Settled(MailRecord record) implements Claimed {}

        /** Another sender holds a live claim: retry after {@code leaseUntil}. */
        record Leased(Instant leaseUntil) implements Claimed {}

        /** The sender was acknowledged for another ticket within the window: this acknowledgement is not sent. */
        record SenderRecentlyAcknowledged(String otherTicketId) implements Claimed {}
    }

    /** The record of one announcement's mail. */
    record MailRecord(String announcementId, String ticketId, State state, Optional<String> messageId,
                      Optional<String> providerMessageId, Optional<String> reason) {
        public enum State { SENDING, SENT, NOT_SENT }

        public MailRecord {
            Objects.requireNonNull(announcementId, "announcementId");
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(providerMessageId, "providerMessageId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Claims the sending: first claim, or one whose lease ran out (a sender died between claiming
     * and marking), wins; the Message-ID joins the ticket's thread at once, so a quick reply to
     * the mail threads even before it is marked sent.
     */
    Claimed claim(Claim claim);

    /** The mail service accepted the mail ({@code providerMessageId}: its own id). Final. */
    void markSent(String announcementId, String providerMessageId, Instant at);

    /** The mail service refused the mail: the claim ends now, so the announcement's retry may claim it again at once. */
    void release(String announcementId, String claimToken, String reason);

    /** The announcement asks for no mail that can be sent ({@code reason} says why): recorded once, final. */
    void recordNotSent(String announcementId, String ticketId, String reason, Instant at);

    Optional<MailRecord> find(String announcementId);

    /**
     * Adds a Message-ID to a ticket's thread: what {@link #threadOf} reads. The inbound side calls
     * it for each mail it takes on a ticket ({@code at}: the mail's receipt); {@link #claim} adds ours.
     */
    void addToThread(String ticketId, String messageId, MailDirection direction, Instant at);

    /** The Message-IDs of the mail received and sent for a ticket, oldest first (without angle brackets), each once. */
    List<ThreadEntry> threadOf(String ticketId);

    /** One mail of a ticket's thread: its Message-ID, and whether we received or sent it. */
    record ThreadEntry(String messageId, MailDirection direction) {
        public ThreadEntry {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(direction, "direction");
        }
    }
}
