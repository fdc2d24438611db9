package desk.local;

/** A command line the launcher cannot act on: reported in one line, without a stack trace. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
