package desk.devkit.eventbridge;

/** Why EventBridge refused one entry: the {@code ErrorCode} and {@code ErrorMessage} of its result. */
public record EntryError(String code, String message) {
}
