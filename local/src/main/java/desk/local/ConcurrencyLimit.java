package desk.local;

import java.util.Map;

import desk.devkit.SamTemplate;

/**
 * How many execution environments of a function may run at once: the template's
 * {@code ReservedConcurrentExecutions} (the function's own, else {@code Globals.Function}'s), as
 * Lambda caps it, or a local default standing in for the account's concurrency.
 */
final class ConcurrencyLimit {

    static final String PROPERTY = "ReservedConcurrentExecutions";

    private ConcurrencyLimit() {
    }

    static int of(SamTemplate template, String functionLogicalId, int localDefault) {
        Object own = map(map(template.resources().get(functionLogicalId)).get("Properties")).get(PROPERTY);
        Object global = map(template.section("Globals").get("Function")).get(PROPERTY);
        Object value = own != null ? own : global;
        if (value == null) {
            return localDefault;
        }
        try {
            int limit = Integer.parseInt(String.valueOf(value));
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new IllegalStateException("Function " + functionLogicalId + ": " + PROPERTY + " " + value
                + " is not a whole number of 0 or more (an intrinsic function cannot be resolved locally)");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
