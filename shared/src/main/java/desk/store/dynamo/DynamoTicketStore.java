package desk.store.dynamo;

import desk.conversation.Message;
import desk.store.AnnouncementRecord;
import desk.store.ConcurrentUpdateException;
import desk.store.IdempotencyKeyTakenException;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.WorkLog;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A ticket's item collection, {@code pk=TICKET#<id>}: the ticket ({@code sk=TICKET}), its messages
 * ({@code MESSAGE#<id>}) and its announcements ({@code EVENT#<sequence>}). Every write is one
 * {@link Transaction}: the change, its announcements (each {@code attribute_not_exists(pk)}, so a
 * sequence number is used once) and the request's idempotency record. New tickets are written
 * under {@code attribute_not_exists(pk)}, updates under {@code #version = :expectedVersion} with
 * the version raised by one. docs/access-patterns.md lists every condition.
 */
@Singleton
class DynamoTicketStore implements TicketStore {
    private static final String TICKET = "ticket";
    private static final String MESSAGE = "message";
    private static final String WORK_LOG = "work log";
    private static final String IDEMPOTENCY = "idempotency";

    private final DeskTable table;
    private final Outbox outbox;

    DynamoTicketStore(DeskTable table, Outbox outbox) {
        this.table = table;
        this.outbox = outbox;
    }

    @Override
    public void create(TicketChange opened, Optional<IdempotencyRecord> idempotency) {
        Ticket ticket = opened.ticket();
        commit(ticket.id(), withKey(creating(opened), idempotency, ticket.receivedAt()), idempotency);
    }

    /** A new ticket and what its receipt announces; other writers (mail intake) add their items to it. */
    Transaction creating(TicketChange opened) {
        Transaction transaction = Transaction.on(table).put(TICKET, TicketItems.toItem(opened.ticket()), Condition.NEW_ITEM);
        outbox.add(transaction, opened.announcements());
        return transaction;
    }

    @Override
    public void addMessage(Message message, TicketChange change, Optional<IdempotencyRecord> idempotency) {
        commit(change.ticket().id(), withKey(addingMessage(message, change), idempotency, message.postedAt()), idempotency);
    }

    /** A message with what it changes on its ticket (see {@link #addMessage}); other writers add their items to it. */
    Transaction addingMessage(Message message, TicketChange change) {
        Ticket ticket = change.ticket();
        Transaction transaction = Transaction.on(table).put(MESSAGE, MessageItems.toItem(message), Condition.NEW_ITEM);
        if (change.changed()) {
            transaction.put(TICKET, TicketItems.toItem(ticket, ticket.version() + 1), Condition.versionIs(ticket.version()));
        } else {
            // An unchanged ticket is not written, so concurrent replies do not conflict on its
            // version. What a message changes depends on the status (and on the stamp, which only
            // ever moves earlier: a later response finds an earlier one whatever a concurrent
            // writer did), so the status it was decided on must still hold (see Ticket.withMessage).
            transaction.check(TICKET, TableKeys.ticket(ticket.id()), Condition.statusIs(ticket.status().name()));
        }
        outbox.add(transaction, change.announcements());
        return transaction;
    }

    @Override
    public void openFollowUp(TicketChange opened, Message message, Optional<IdempotencyRecord> idempotency) {
        commit(opened.ticket().id(), withKey(openingFollowUp(opened, message), idempotency, message.postedAt()), idempotency);
    }

    /** A follow-up ticket with its first message (see {@link #openFollowUp}); other writers add their items to it. */
    Transaction openingFollowUp(TicketChange opened, Message message) {
        Ticket ticket = opened.ticket();
        if (!message.ticketId().equals(ticket.id()) || ticket.followUpOf().isEmpty()) {
            throw new IllegalArgumentException("the message opens follow-up " + ticket.id() + " and is stored on it");
        }
        Transaction transaction = Transaction.on(table)
                .put(TICKET, TicketItems.toItem(ticket), Condition.NEW_ITEM)
                .put(MESSAGE, MessageItems.toItem(message), Condition.NEW_ITEM);
        outbox.add(transaction, opened.announcements());
        return transaction;
    }

    @Override
    public void update(TicketChange change, Optional<IdempotencyRecord> idempotency) {
        if (!change.changed()) {
            return;
        }
        Ticket ticket = change.ticket();
        Transaction transaction = Transaction.on(table)
                .put(TICKET, TicketItems.toItem(ticket, ticket.version() + 1), Condition.versionIs(ticket.version()));
        outbox.add(transaction, change.announcements());
        // The time of the change, to tell a live key from an expired one.
        Instant at = change.announcements().isEmpty() ? ticket.receivedAt() : change.announcements().getLast().occurredAt();
        commit(ticket.id(), withKey(transaction, idempotency, at), idempotency);
    }

    @Override
    public void logWork(WorkLog log, TicketChange change, Optional<IdempotencyRecord> idempotency) {
        Ticket ticket = change.ticket();
        if (!change.changed() || !log.ticketId().equals(ticket.id())) {
            throw new IllegalArgumentException("work log " + log.id() + " changes ticket " + log.ticketId());
        }
        Transaction transaction = Transaction.on(table)
                .put(WORK_LOG, WorkLogItems.toItem(log), Condition.NEW_ITEM)
                .put(TICKET, TicketItems.toItem(ticket, ticket.version() + 1), Condition.versionIs(ticket.version()));
        outbox.add(transaction, change.announcements());
        commit(ticket.id(), withKey(transaction, idempotency, log.loggedAt()), idempotency);
    }

    @Override
    public Optional<WorkLog> findWorkLog(String ticketId, String logId) {
        return table.get(WorkLogItems.key(ticketId, logId)).map(WorkLogItems::fromItem);
    }

    /** The request's idempotency record joins the transaction; an expired one (by {@code now}) may be taken over. */
    private static Transaction withKey(Transaction transaction, Optional<IdempotencyRecord> idempotency, Instant now) {
        idempotency.ifPresent(record -> transaction.put(IDEMPOTENCY, IdempotencyItems.toItem(record), IdempotencyItems.freeAt(now)));
        return transaction;
    }

    private static void commit(String ticketId, Transaction transaction, Optional<IdempotencyRecord> idempotency) {
        try {
            transaction.commit();
        } catch (Transaction.ConditionsFailed failed) {
            if (failed.failed(IDEMPOTENCY)) {
                IdempotencyRecord record = idempotency.orElseThrow();
                throw new IdempotencyKeyTakenException(record.scope(), record.key());
            }
            // The ticket moved on (version), or an id or sequence number is already taken: read again and retry.
            throw new ConcurrentUpdateException("ticket " + ticketId + " changed concurrently: " + failed.getMessage(), failed);
        }
    }

    @Override
    public Optional<Ticket> find(String ticketId) {
        return table.get(TableKeys.ticket(ticketId)).map(TicketItems::fromItem);
    }

    @Override
    public Optional<Message> findMessage(String ticketId, String messageId) {
        return table.get(MessageItems.key(ticketId, messageId)).map(MessageItems::fromItem);
    }

    @Override
    public List<Message> conversation(String ticketId) {
        return table.itemsStartingWith(TableKeys.ticketPk(ticketId), MessageItems.PREFIX).stream()
                .map(MessageItems::fromItem).toList();
    }

    @Override
    public List<AnnouncementRecord> history(String ticketId) {
        return table.itemsStartingWith(TableKeys.ticketPk(ticketId), AnnouncementItems.PREFIX).stream()
                .map(AnnouncementItems::fromItem).toList();
    }
}
