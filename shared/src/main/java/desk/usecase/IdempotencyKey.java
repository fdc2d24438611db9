package desk.usecase;

import java.util.Objects;

/** A caller's {@code Idempotency-Key} and the fingerprint of the request it came with. */
public record IdempotencyKey(String key, String requestFingerprint) {
    public IdempotencyKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
    }
}
