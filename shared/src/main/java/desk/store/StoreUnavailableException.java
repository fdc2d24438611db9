package desk.store;

/**
 * The database could not be reached in time or refused the load (throttling, timeouts, server
 * errors). Nothing was written that the caller can see half done; the same request may be retried.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
