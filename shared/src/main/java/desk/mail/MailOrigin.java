package desk.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who or what wrote an inbound mail, as its headers show. Only a {@link Person}'s mail opens a
 * ticket or is ever answered; an automatic one is recorded and, on a matched ticket, added as an
 * automatic message that neither stamps a first response nor reopens.
 */
public sealed interface MailOrigin {

    /** Written by a person. */
    record Person() implements MailOrigin {}

    /**
     * Sent by a machine: {@code reason} names the evidence (for example
     * {@code "Auto-Submitted: auto-replied"}, {@code "Precedence: bulk"}, {@code "List-Id"},
     * {@code "empty return path"}, {@code "MAILER-DAEMON"}, {@code "our own mail"}).
     */
    record Automatic(String reason) implements MailOrigin {
        public Automatic {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A delivery status report (a bounce): the recipients that failed permanently, and the
     * Message-ID of the mail that bounced when the report names it.
     */
    record DeliveryFailure(List<String> failedRecipients, Optional<String> originalMessageId) implements MailOrigin {
        public DeliveryFailure {
            failedRecipients = List.copyOf(failedRecipients);
            Objects.requireNonNull(originalMessageId, "originalMessageId");
        }
    }

    default boolean isAutomatic() {
        return !(this instanceof Person);
    }
}
