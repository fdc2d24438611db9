package desk.usecase;

/**
 * The deployment's configuration names something that is not there (an account's calendar that
 * no {@code desk.calendars.<id>} defines). Not the caller's fault and not cured by a retry: an
 * operator must fix the configuration, so the message names what is missing.
 */
public class MisconfiguredException extends RuntimeException {
    public MisconfiguredException(String message) {
        super(message);
    }
}
