package desk.store;

import desk.mail.MailThread;
import java.util.Optional;

/** Reads a ticket's mail thread and which ticket a Message-ID (received or sent) belongs to. */
public interface MailThreads {

    /** The mail thread of a ticket, when mail opened it or joined it. */
    Optional<MailThread> find(String ticketId);

    /** The ticket of a mail we received or sent, by its Message-ID (without angle brackets). */
    Optional<String> ticketOfMessageId(String messageId);
}
