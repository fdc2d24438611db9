package desk.store;

import desk.conversation.Message;
import desk.identity.Principal;
import desk.mail.MailAddress;
import desk.mail.MailDirection;
import desk.mail.MailThread;
import desk.mail.ReceivedMail;
import desk.mail.StoredMail;
import desk.ticket.TicketChange;
import java.util.Optional;

/**
 * Where received mail is kept with what it made. Every write is one transaction: what the mail
 * made (a ticket, a message, a follow-up, a thread's change), the record of the mail, and the two
 * marks that make a mail count once: its stored object, and its Message-ID (when it has one and it
 * is not one of ours). A mark already there cancels the whole write.
 *
 * <p>{@code claimsMessageId}: whether the write marks the mail's Message-ID as received.
 *
 * @see ReceivedMail
 */
public interface InboundMails {

    /** The record of an earlier delivery of the same stored object. */
    Optional<String> deliveredAs(StoredMail object);

    /** Whether this Message-ID is of a mail received before, or of one we sent. */
    Optional<MailDirection> directionOf(String messageId);

    /** The known user writing from this address: a customer user of an account, a partner user. */
    Optional<Principal> userOf(MailAddress address);

    /** The account whose mail domain this is. */
    Optional<String> accountOfDomain(String domain);

    /**
     * The ticket the mail opened, its receipt's announcements and its mail thread.
     *
     * @throws ConcurrentUpdateException when the mail was recorded meanwhile, or an id was taken
     */
    void openTicket(ReceivedMail mail, TicketChange opened, MailThread thread, boolean claimsMessageId);

    /**
     * The message the mail became, with what it changed on its ticket (the ticket under its version,
     * or a check of the status it was decided on, as {@link TicketStore#addMessage}) and its thread's
     * change (under the thread's version).
     *
     * @throws ConcurrentUpdateException when the ticket, the thread or the marks changed since they were read
     */
    void addMessage(ReceivedMail mail, Message message, TicketChange change, Optional<MailThread> thread,
                    boolean claimsMessageId);

    /**
     * The follow-up a reply to a closed ticket opened, with its first message and its own thread.
     *
     * @throws ConcurrentUpdateException when the mail was recorded meanwhile, or an id was taken
     */
    void openFollowUp(ReceivedMail mail, TicketChange opened, Message message, MailThread thread, boolean claimsMessageId);

    /**
     * A mail kept on its ticket without a message (a bounce, an automatic mail a closed ticket does not
     * take), with its thread's change.
     *
     * @throws ConcurrentUpdateException when the thread or the marks changed since they were read
     */
    void recordOnTicket(ReceivedMail mail, String ticketId, Optional<MailThread> thread, boolean claimsMessageId);

    /**
     * A mail no ticket takes, kept on its own; announced for triage when it {@link ReceivedMail#needsTriage()}.
     *
     * @throws ConcurrentUpdateException when the mail was recorded meanwhile
     */
    void recordApart(ReceivedMail mail, boolean claimsMessageId);
}
