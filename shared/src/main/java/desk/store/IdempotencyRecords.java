package desk.store;

import java.util.Optional;

/**
 * Reads the idempotency records every POST route shares. They are written by the stores, in the
 * same transaction as the change they remember.
 */
public interface IdempotencyRecords {
    Optional<IdempotencyRecord> find(String scope, String key);
}
