package desk.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one received mail, as kept for support: the stored object it was read from, the
 * mail system's receipt time, the mail as read (none when it was rejected), what intake did with
 * it and why. Kept whatever happened, so nothing received is ever lost.
 */
public record ReceivedMail(String id, StoredMail object, Instant receivedAt, Optional<InboundMail> mail,
                           Disposition disposition, String reason) {

    public enum Disposition {
        /** It opened a ticket. */
        TICKET_OPENED,
        /** It became a message on the ticket it answers. */
        MESSAGE_ADDED,
        /** It answered a closed ticket and opened its follow-up. */
        FOLLOW_UP_OPENED,
        /** A machine sent it: kept, on its ticket as an automatic message when it has one, never answered. */
        AUTOMATIC,
        /** A delivery status report: its failed recipients are marked undeliverable on their ticket. */
        BOUNCE,
        /** No party or ticket takes it: kept for triage and announced. */
        UNMATCHED,
        /** Not a message support can read (broken, hostile, over a limit): kept with the reason and announced. */
        REJECTED
    }

    public ReceivedMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(reason, "reason");
    }

    /** Triage acts on these: they are announced. */
    public boolean needsTriage() {
        return disposition == Disposition.UNMATCHED || disposition == Disposition.REJECTED;
    }
}
