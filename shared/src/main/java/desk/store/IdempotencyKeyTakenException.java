package desk.store;

/** A live idempotency record already holds this key: another request under it got there first. */
public class IdempotencyKeyTakenException extends RuntimeException {
    public IdempotencyKeyTakenException(String scope, String key) {
        super("idempotency key " + key + " is already taken in " + scope);
    }
}
