package desk.store;

import desk.ticket.Ticket;
import java.util.Optional;

/** Where tickets live. Creating one with an idempotency record writes both or neither. */
public interface TicketStore {

    /**
     * @throws IdempotencyKeyTakenException when a live record already holds the key
     * @throws ConcurrentUpdateException when a concurrent write to the same items won
     */
    void create(Ticket ticket, Optional<IdempotencyRecord> idempotency);

    Optional<Ticket> find(String ticketId);

    Optional<IdempotencyRecord> findIdempotency(String scope, String key);
}
