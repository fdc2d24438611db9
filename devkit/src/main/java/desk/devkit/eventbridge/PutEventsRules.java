package desk.devkit.eventbridge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What EventBridge refuses in a {@code PutEvents} call, so the relay meets the same refusals
 * locally: a whole request (too many entries, over 256 KB) or single entries (missing fields, a
 * detail that is not a JSON object, an {@code aws.} source, an unknown bus).
 */
final class PutEventsRules {

    static final int MAX_ENTRIES = 10;
    static final int MAX_REQUEST_BYTES = 256 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<String> buses;

    /** @param buses the names of the buses that exist; {@code default} always does */
    PutEventsRules(Set<String> buses) {
        this.buses = buses;
    }

    /** @return the message of the {@code ValidationException} that refuses the whole request, if any */
    Optional<String> refuseRequest(List<PutEventsEntry> entries) {
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            return Optional.of("1 validation error detected: Value at 'entries' failed to satisfy constraint: "
                    + "Member must have length between 1 and " + MAX_ENTRIES + " (was " + entries.size() + ")");
        }
        int total = entries.stream().mapToInt(PutEventsEntry::size).sum();
        if (total > MAX_REQUEST_BYTES) {
            return Optional.of("Total size of the entries in the request is over the limit (" + total + " > "
                    + MAX_REQUEST_BYTES + " bytes).");
        }
        return Optional.empty();
    }

    Optional<EntryError> refuseEntry(PutEventsEntry entry) {
        if (blank(entry.source()) || blank(entry.detailType()) || entry.detail() == null) {
            return Optional.of(new EntryError("InvalidArgument", "Parameters Source, DetailType and Detail are required."));
        }
        if (detailObject(entry.detail()).isEmpty()) {
            return Optional.of(new EntryError("MalformedDetail", "Detail is malformed."));
        }
        if (entry.source().startsWith("aws.")) {
            return Optional.of(new EntryError("NotAuthorizedForSourceException", "Not authorized for the source."));
        }
        String bus = busName(entry.eventBusName());
        if (!bus.equals("default") && !buses.contains(bus)) {
            return Optional.of(new EntryError("ResourceNotFoundException", "Event bus " + bus + " does not exist."));
        }
        return Optional.empty();
    }

    /** The detail as a JSON object, or empty when it is not one. */
    static Optional<JsonNode> detailObject(String detail) {
        try {
            JsonNode node = JSON.readTree(detail);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A bus is named by its name or its ARN ({@code ...:event-bus/<name>}); none means {@code default}. */
    static String busName(String nameOrArn) {
        if (blank(nameOrArn)) {
            return "default";
        }
        int slash = nameOrArn.indexOf(":event-bus/");
        return slash < 0 ? nameOrArn : nameOrArn.substring(slash + ":event-bus/".length());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
