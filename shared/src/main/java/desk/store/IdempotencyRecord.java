package desk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Remembers what a caller's {@code Idempotency-Key} produced (the resource it created) and a
 * fingerprint of the request, so that a retry gets the same answer and another request under the
 * key is refused. Expiry is counted in whole seconds, as the table's TTL attribute holds it, so the
 * code and the write condition never disagree about whether a record is still live.
 */
public record IdempotencyRecord(String scope, String key, String requestFingerprint, String resourceId, Instant expiresAt) {
    public IdempotencyRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        expiresAt = Instant.ofEpochSecond(expiresAt.getEpochSecond());
    }

    /** Live while the current second is before the expiry second; the store's condition is the same comparison. */
    public boolean isLiveAt(Instant now) {
        return now.getEpochSecond() < expiresAt.getEpochSecond();
    }
}
