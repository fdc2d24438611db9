package desk.usecase;

import desk.identity.Principal;
import desk.store.ConcurrentUpdateException;
import desk.store.IdempotencyKeyTakenException;
import desk.store.IdempotencyRecord;
import desk.store.IdempotencyRecords;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one {@code Idempotency-Key} mechanism every POST route shares. Keys are scoped to the
 * caller; a record remembers the request's fingerprint and the resource it produced, and is
 * written in the same transaction as that resource. The same key and request answer with the
 * same resource; the same key with another request is refused; of concurrent requests under one
 * key exactly one performs and the others answer as replays of it.
 */
@Singleton
public class IdempotentRequests {
    private final IdempotencyRecords records;
    private final Duration ttl;

    IdempotentRequests(IdempotencyRecords records, @Value("${desk.idempotency.ttl}") String ttl) {
        this.records = records;
        this.ttl = Duration.parse(ttl);
    }

    /** One request's three possible answers. */
    public interface Request<R> {
        /** The key came before with this request: answer with what it produced. */
        R replay(String resourceId);

        /** The key came before with another request. */
        R reusedWithOtherRequest(String key);

        /**
         * Do the work; {@code claim} gives the record to store with the resource (empty without a key).
         *
         * @throws IdempotencyKeyTakenException when the store finds the key claimed meanwhile
         */
        R perform(Function<String, Optional<IdempotencyRecord>> claim);
    }

    public <R> R run(Principal caller, Optional<IdempotencyKey> key, Instant now, Request<R> request) {
        if (key.isEmpty()) {
            return request.perform(resourceId -> Optional.empty());
        }
        IdempotencyKey idempotencyKey = key.get();
        String scope = caller.scopeKey();
        Optional<R> earlier = earlier(scope, idempotencyKey, now, request);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return request.perform(resourceId -> Optional.of(new IdempotencyRecord(
                    scope, idempotencyKey.key(), idempotencyKey.requestFingerprint(), resourceId, now.plus(ttl))));
        } catch (IdempotencyKeyTakenException e) {
            // A concurrent request under the same key won the race: answer as it did.
            return earlier(scope, idempotencyKey, now, request).orElseThrow(
                    () -> new ConcurrentUpdateException("the record of key " + idempotencyKey.key() + " vanished", e));
        }
    }

    private <R> Optional<R> earlier(String scope, IdempotencyKey key, Instant now, Request<R> request) {
        return records.find(scope, key.key())
                .filter(record -> record.isLiveAt(now))
                .map(record -> record.requestFingerprint().equals(key.requestFingerprint())
                        ? request.replay(record.resourceId())
                        : request.reusedWithOtherRequest(key.key()));
    }
}
