package desk.mail;

import java.util.Objects;

/** What reading a raw message gave: the mail, or why it was rejected (broken, hostile or over a limit). */
public sealed interface MailReading {

    record Read(InboundMail mail) implements MailReading {
        public Read {
            Objects.requireNonNull(mail, "mail");
        }
    }

    /** Not a message support can take: {@code reason} says why, for the rejected-mail record. */
    record Rejected(String reason) implements MailReading {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
