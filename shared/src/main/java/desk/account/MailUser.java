package desk.account;

import desk.mail.MailAddress;
import java.util.Objects;

/**
 * A known person's mail address and the identity-provider subject it acts as: mail from it is
 * that customer user's (on an account) or that partner user's (on a partner).
 */
public record MailUser(MailAddress address, String subject) {
    public MailUser {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a mail user acts as a subject");
        }
    }
}
