package desk.store;

/** A write lost a race with another write to the same items; retrying after a fresh read may succeed. */
public class ConcurrentUpdateException extends RuntimeException {
    public ConcurrentUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
