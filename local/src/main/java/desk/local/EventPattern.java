package desk.local;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An EventBridge pattern, as Lambda applies it to a stream record's JSON (an event source's
 * filter) and EventBridge to an event's envelope (a rule). The subset the template uses: nested
 * fields, exact values (an array value matches when any element does), and the operators
 * {@code prefix}, {@code suffix}, {@code equals-ignore-case}, {@code anything-but} (a value, a list
 * of values, or {@code {"prefix": ...}}) and {@code exists}. Any other operator is refused when
 * the pattern is read, so a template needing more fails at start-up rather than filtering wrongly.
 */
final class EventPattern {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode pattern;

    private EventPattern(JsonNode pattern) {
        this.pattern = pattern;
    }

    static EventPattern parse(String json) {
        JsonNode pattern;
        try {
            pattern = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Filter pattern is not JSON: " + json, e);
        }
        if (pattern == null || !pattern.isObject()) {
            throw new IllegalArgumentException("Filter pattern must be a JSON object: " + json);
        }
        check(pattern, "");
        return new EventPattern(pattern);
    }

    /** A record passes when it passes any one of the patterns; no patterns pass everything. */
    static boolean anyMatches(List<EventPattern> patterns, JsonNode event) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matches(event));
    }

    boolean matches(JsonNode event) {
        return matchesObject(pattern, event);
    }

    private static boolean matchesObject(JsonNode pattern, JsonNode event) {
        if (event == null || !event.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = event.get(field.getKey());
            boolean matched = field.getValue().isObject()
                    ? matchesObject(field.getValue(), value)
                    : matchesAny(field.getValue(), value);
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    /**
     * A leaf: the event's value (or any element of an array value) equals one candidate or passes
     * its operator; an absent field passes only {@code {"exists": false}}.
     */
    private static boolean matchesAny(JsonNode candidates, JsonNode value) {
        if (value == null || value.isMissingNode()) {
            for (JsonNode candidate : candidates) {
                if (candidate.isObject() && candidate.has("exists") && !candidate.get("exists").booleanValue()) {
                    return true;
                }
            }
            return false;
        }
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        for (JsonNode candidate : candidates) {
            if (candidate.isObject() && candidate.has("exists")) {
                if (candidate.get("exists").booleanValue()) {
                    return true;
                }
                continue;
            }
            for (JsonNode v : values) {
                if (matchesOne(candidate, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesOne(JsonNode candidate, JsonNode value) {
        if (candidate.isObject()) { // one operator, which check() let through
            Map.Entry<String, JsonNode> operator = candidate.properties().iterator().next();
            JsonNode argument = operator.getValue();
            return switch (operator.getKey()) {
                case "prefix" -> value.isTextual() && value.textValue().startsWith(argument.textValue());
                case "suffix" -> value.isTextual() && value.textValue().endsWith(argument.textValue());
                case "equals-ignore-case" -> value.isTextual() && value.textValue().equalsIgnoreCase(argument.textValue());
                case "anything-but" -> anythingBut(argument, value);
                default -> throw new IllegalStateException("Unchecked operator " + operator.getKey());
            };
        }
        if (candidate.isNumber() && value.isNumber()) {
            return candidate.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return candidate.equals(value);
    }

    private static boolean anythingBut(JsonNode excluded, JsonNode value) {
        if (excluded.isObject()) { // {"prefix": "..."}
            return value.isTextual() && !value.textValue().startsWith(excluded.get("prefix").textValue());
        }
        if (excluded.isArray()) {
            for (JsonNode one : excluded) {
                if (matchesOne(one, value)) {
                    return false;
                }
            }
            return true;
        }
        return !matchesOne(excluded, value);
    }

    private static void check(JsonNode node, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                check(value, at);
            } else if (value.isArray()) {
                for (JsonNode candidate : value) {
                    checkCandidate(candidate, at);
                }
            } else {
                throw new IllegalArgumentException("Filter pattern field " + at + " must be an object or an array of values, not " + value);
            }
        }
    }

    private static void checkCandidate(JsonNode candidate, String at) {
        if (candidate.isArray()) {
            throw new IllegalArgumentException("Filter pattern field " + at + ": nested arrays are not patterns");
        }
        if (!candidate.isObject()) {
            return;
        }
        String refused = "Filter pattern field " + at + ": " + candidate + " is not supported locally (exact values,"
                + " prefix, suffix, equals-ignore-case, anything-but and exists are)";
        if (candidate.size() != 1) {
            throw new IllegalArgumentException(refused);
        }
        Map.Entry<String, JsonNode> operator = candidate.properties().iterator().next();
        JsonNode argument = operator.getValue();
        boolean valid = switch (operator.getKey()) {
            case "prefix", "suffix", "equals-ignore-case" -> argument.isTextual();
            case "exists" -> argument.isBoolean();
            case "anything-but" -> argument.isTextual() || argument.isNumber()
                    || (argument.isArray() && allScalars(argument))
                    || (argument.isObject() && argument.size() == 1 && argument.path("prefix").isTextual());
            default -> false;
        };
        if (!valid) {
            throw new IllegalArgumentException(refused);
        }
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isTextual() && !element.isNumber()) {
                return false;
            }
        }
        return true;
    }
}
