package desk.store.dynamo;

import desk.conversation.Message;
import desk.identity.Principal;
import desk.mail.MailAddress;
import desk.mail.MailDirection;
import desk.mail.MailThread;
import desk.mail.ReceivedMail;
import desk.mail.StoredMail;
import desk.store.ConcurrentUpdateException;
import desk.store.InboundMails;
import desk.ticket.TicketChange;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Received mail on the desk table. Each write is one {@link Transaction}: what the mail made, built
 * by {@link DynamoTicketStore} exactly as for the API (the ticket, message, follow-up and their
 * announcements under the same conditions), plus the mail's record ({@link InboundMailItems}), its
 * thread ({@code TICKET#<id>/MAIL}: new under {@code attribute_not_exists(pk)}, changed under
 * {@code #version = :expectedVersion}), and the marks {@code MAILOBJ#<bucket>/<key>} and
 * {@code MAILID#<Message-ID>} (direction IN), each under {@code attribute_not_exists(pk)}: a mark
 * already there cancels the write, and the caller, reading again, finds the mail a duplicate. A
 * mail on a ticket also adds its Message-ID to the ticket's thread entries
 * ({@code TICKET#<id>/MAILID#<at>#<Message-ID>}, no condition: see {@link DynamoMailLedger}).
 * Reads: {@code GetItem} of a mark, of {@code MAILBOX#<address key>} and {@code MAILDOMAIN#<domain>}.
 * docs/access-patterns.md lists every condition.
 */
@Singleton
class DynamoInboundMails implements InboundMails {
    private static final String OBJECT_MARK = "mail object";
    private static final String MESSAGE_ID_MARK = "mail id";
    private static final String RECORD = "mail record";
    private static final String THREAD = "mail thread";
    private static final String THREAD_ENTRY = "thread entry";
    private static final String ANNOUNCEMENT = "mail announcement";

    private final DeskTable table;
    private final DynamoTicketStore tickets;
    private final Outbox outbox;

    DynamoInboundMails(DeskTable table, DynamoTicketStore tickets, Outbox outbox) {
        this.table = table;
        this.tickets = tickets;
        this.outbox = outbox;
    }

    @Override
    public Optional<String> deliveredAs(StoredMail object) {
        return table.get(InboundMailItems.objectKey(object)).map(item -> Item.reader(item).s("recordId"));
    }

    @Override
    public Optional<MailDirection> directionOf(String messageId) {
        return table.get(TableKeys.mailId(messageId)).map(item -> MailDirection.valueOf(Item.reader(item).s("direction")));
    }

    @Override
    public Optional<Principal> userOf(MailAddress address) {
        return MailIdentityItems.mailbox(table, address).map(box -> switch (box.ownerKind()) {
            case MailIdentityItems.ACCOUNT -> new Principal.CustomerUser(box.subject(), box.ownerId());
            case MailIdentityItems.PARTNER -> new Principal.PartnerUser(box.subject(), box.ownerId());
            default -> throw new IllegalStateException("mailbox " + address.key() + " names owner kind " + box.ownerKind());
        });
    }

    @Override
    public Optional<String> accountOfDomain(String domain) {
        return MailIdentityItems.domainOwner(table, domain);
    }

    @Override
    public void openTicket(ReceivedMail mail, TicketChange opened, MailThread thread, boolean claimsMessageId) {
        String ticketId = opened.ticket().id();
        Transaction transaction = tickets.creating(opened);
        commit(marked(withThread(transaction, thread, true), mail, Optional.of(ticketId), claimsMessageId)
                .put(RECORD, InboundMailItems.onTicket(mail, ticketId, Optional.empty()), Condition.NEW_ITEM), mail);
    }

    @Override
    public void addMessage(ReceivedMail mail, Message message, TicketChange change, Optional<MailThread> thread,
                           boolean claimsMessageId) {
        Transaction transaction = tickets.addingMessage(message, change);
        thread.ifPresent(changed -> withThread(transaction, changed, false));
        commit(marked(transaction, mail, Optional.of(message.ticketId()), claimsMessageId)
                .put(RECORD, InboundMailItems.onTicket(mail, message.ticketId(), Optional.of(message.id())), Condition.NEW_ITEM),
                mail);
    }

    @Override
    public void openFollowUp(ReceivedMail mail, TicketChange opened, Message message, MailThread thread, boolean claimsMessageId) {
        String ticketId = opened.ticket().id();
        Transaction transaction = tickets.openingFollowUp(opened, message);
        commit(marked(withThread(transaction, thread, true), mail, Optional.of(ticketId), claimsMessageId)
                .put(RECORD, InboundMailItems.onTicket(mail, ticketId, Optional.of(message.id())), Condition.NEW_ITEM), mail);
    }

    @Override
    public void recordOnTicket(ReceivedMail mail, String ticketId, Optional<MailThread> thread, boolean claimsMessageId) {
        Transaction transaction = Transaction.on(table);
        thread.ifPresent(changed -> withThread(transaction, changed, false));
        commit(marked(transaction, mail, Optional.of(ticketId), claimsMessageId)
                .put(RECORD, InboundMailItems.onTicket(mail, ticketId, Optional.empty()), Condition.NEW_ITEM), mail);
    }

    @Override
    public void recordApart(ReceivedMail mail, boolean claimsMessageId) {
        Transaction transaction = marked(Transaction.on(table), mail, Optional.empty(), claimsMessageId)
                .put(RECORD, InboundMailItems.apart(mail), Condition.NEW_ITEM);
        if (mail.needsTriage()) {
            transaction.put(ANNOUNCEMENT, InboundMailItems.announcement(mail, outbox.retention()), Condition.NEW_ITEM);
        }
        commit(transaction, mail);
    }

    /** A new thread is written at version 1; a changed one at its version + 1, under the version it was read at. */
    private static Transaction withThread(Transaction transaction, MailThread thread, boolean isNew) {
        return isNew
                ? transaction.put(THREAD, MailThreadItems.toItem(thread, 1), Condition.NEW_ITEM)
                : transaction.put(THREAD, MailThreadItems.toItem(thread, thread.version() + 1), Condition.versionIs(thread.version()));
    }

    /** The marks that make the mail count once: its stored object, and its Message-ID when it claims it. */
    private static Transaction marked(Transaction transaction, ReceivedMail mail, Optional<String> ticketId, boolean claimsMessageId) {
        transaction.put(OBJECT_MARK, InboundMailItems.objectMark(mail, ticketId), Condition.NEW_ITEM);
        if (claimsMessageId) {
            String messageId = mail.mail().flatMap(read -> read.messageId())
                    .orElseThrow(() -> new IllegalArgumentException("mail " + mail.id() + " has no Message-ID to claim"));
            transaction.put(MESSAGE_ID_MARK, MailThreadItems.mailIdItem(messageId, ticketId,
                    ticketId.isPresent() ? Optional.empty() : Optional.of(mail.id()), MailDirection.IN, mail.receivedAt()),
                    Condition.NEW_ITEM);
            // The ticket's own list of its Message-IDs, which a reply's References are written from.
            ticketId.ifPresent(ticket -> transaction.put(THREAD_ENTRY,
                    DynamoMailLedger.threadItem(ticket, messageId, MailDirection.IN, mail.receivedAt())));
        }
        return transaction;
    }

    private static void commit(Transaction transaction, ReceivedMail mail) {
        try {
            transaction.commit();
        } catch (Transaction.ConditionsFailed failed) {
            // Another delivery of the mail was recorded meanwhile (a mark), or the ticket or its thread moved on:
            // read again and decide again; a mark found then makes the mail a duplicate.
            throw new ConcurrentUpdateException("received mail " + mail.id() + " lost a race: " + failed.getMessage(), failed);
        }
    }
}
