package desk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Remembers which ticket a caller's {@code Idempotency-Key} created and a fingerprint of the
 * request body, so a retry gets the same ticket and a different body under the key is refused.
 */
public record IdempotencyRecord(String scope, String key, String requestFingerprint, String ticketId, Instant expiresAt) {
    public IdempotencyRecord {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
