package desk.ticket;

import java.util.Optional;

/**
 * Whom support answers. An indirect account's tickets are answered to its Solution Partner,
 * without involving the end customer, unless agreed otherwise.
 */
public sealed interface ResponseRecipient {

    /** The recipient's kind as stored and shown: REQUESTER or SOLUTION_PARTNER. */
    default String code() {
        return this instanceof SolutionPartner ? "SOLUTION_PARTNER" : "REQUESTER";
    }

    /** The partner answered, for SOLUTION_PARTNER. */
    default Optional<String> partner() {
        return this instanceof SolutionPartner(String partnerId) ? Optional.of(partnerId) : Optional.empty();
    }

    /** The recipient {@link #code()} and {@link #partner()} describe. */
    static ResponseRecipient of(String code, Optional<String> partnerId) {
        return switch (code) {
            case "REQUESTER" -> new Requester();
            case "SOLUTION_PARTNER" -> new SolutionPartner(partnerId.orElseThrow(
                    () -> new IllegalArgumentException("a SOLUTION_PARTNER recipient names its partner")));
            default -> throw new IllegalArgumentException("unknown recipient " + code);
        };
    }
    record Requester() implements ResponseRecipient {}

    record SolutionPartner(String partnerId) implements ResponseRecipient {}
}
