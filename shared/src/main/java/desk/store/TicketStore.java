package desk.store;

import desk.conversation.Message;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.WorkLog;
import java.util.List;
import java.util.Optional;

/**
 * Where tickets, their conversations and their announcements live. Each write stores a change
 * with its announcements and the request's idempotency record in one transaction: all or nothing.
 */
public interface TicketStore {

    /**
     * Stores a new ticket and what its receipt announces.
     *
     * @throws IdempotencyKeyTakenException when a live record already holds the key
     * @throws ConcurrentUpdateException when a concurrent write to the same items won
     */
    void create(TicketChange opened, Optional<IdempotencyRecord> idempotency);

    /**
     * Adds a message and, when it changed the ticket, the ticket's new state (conditioned on the
     * version it was read at) with its announcements; when it did not, the ticket is not written
     * but must still have the status it was read with (what the message does depends on it).
     *
     * @throws IdempotencyKeyTakenException when a live record already holds the key
     * @throws ConcurrentUpdateException when the ticket changed since it was read
     */
    void addMessage(Message message, TicketChange change, Optional<IdempotencyRecord> idempotency);

    /**
     * Opens the follow-up of a closed ticket: the new ticket (its id never used before), the
     * message that opened it, what its receipt announces and the request's idempotency record, in
     * one transaction. The closed ticket is not written: it is final.
     *
     * @throws IdempotencyKeyTakenException when a live record already holds the key
     * @throws ConcurrentUpdateException when an id or sequence number is already taken
     */
    void openFollowUp(TicketChange opened, Message message, Optional<IdempotencyRecord> idempotency);

    /**
     * Stores a change of the ticket alone (no message), conditioned on the version it was read at,
     * with its announcements.
     *
     * @throws ConcurrentUpdateException when the ticket changed since it was read
     */
    default void update(TicketChange change) {
        update(change, Optional.empty());
    }

    /**
     * Stores a change of the ticket alone (support's work on it), conditioned on the version it
     * was read at, with its announcements and the request's idempotency record. An unchanged
     * ticket writes nothing, record included.
     *
     * @throws IdempotencyKeyTakenException when a live record already holds the key
     * @throws ConcurrentUpdateException when the ticket changed since it was read
     */
    void update(TicketChange change, Optional<IdempotencyRecord> idempotency);

    /**
     * Stores time an agent logged: the log (its id never used before) and the ticket's new state
     * (conditioned on the version it was read at) with its announcements and the request's
     * idempotency record, in one transaction.
     *
     * @throws IdempotencyKeyTakenException when a live record already holds the key
     * @throws ConcurrentUpdateException when the ticket changed since it was read
     */
    void logWork(WorkLog log, TicketChange change, Optional<IdempotencyRecord> idempotency);

    Optional<WorkLog> findWorkLog(String ticketId, String logId);

    Optional<Ticket> find(String ticketId);

    Optional<Message> findMessage(String ticketId, String messageId);

    /** The conversation, oldest first. */
    List<Message> conversation(String ticketId);

    /** The ticket's announcements in sequence order. */
    List<AnnouncementRecord> history(String ticketId);
}
