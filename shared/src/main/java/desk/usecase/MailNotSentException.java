package desk.usecase;

/**
 * A mail could not be sent now: the mail service throttled, failed or did not answer, or another
 * sender holds the announcement's claim. Nothing is marked sent; the announcement's delivery
 * should be retried (the mailer's invocation fails, so Lambda retries it, then keeps it on the
 * failure queue).
 */
public class MailNotSentException extends RuntimeException {
    public MailNotSentException(String message) {
        super(message);
    }

    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
