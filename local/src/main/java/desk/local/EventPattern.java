package desk.local;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An event source filter's pattern (EventBridge pattern syntax), as Lambda applies it to a stream
 * record's JSON. The subset the template uses: nested fields, exact values and {@code prefix}.
 * Any other operator is refused when the pattern is read, so a template needing more fails at
 * start-up rather than filtering wrongly.
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

    /** A leaf: the event's value (or any element of an array value) equals one candidate or has its prefix. */
    private static boolean matchesAny(JsonNode candidates, JsonNode value) {
        if (value == null) {
            return false;
        }
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        for (JsonNode candidate : candidates) {
            for (JsonNode v : values) {
                if (matchesOne(candidate, v)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesOne(JsonNode candidate, JsonNode value) {
        if (candidate.isObject()) { // {"prefix": "..."}, the only operator check() lets through
            return value.isTextual() && value.textValue().startsWith(candidate.get("prefix").textValue());
        }
        if (candidate.isNumber() && value.isNumber()) {
            return candidate.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return candidate.equals(value);
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
        if (candidate.isObject()) {
            if (candidate.size() != 1 || !candidate.has("prefix") || !candidate.get("prefix").isTextual()) {
                throw new IllegalArgumentException("Filter pattern field " + at + ": " + candidate
                        + " is not supported locally (exact values and {\"prefix\": \"...\"} are)");
            }
        } else if (candidate.isArray()) {
            throw new IllegalArgumentException("Filter pattern field " + at + ": nested arrays are not patterns");
        }
    }
}
