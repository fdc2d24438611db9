package desk.local;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A copy of a ticket's item as production wrote it (through {@code OpenTicket}), under another id
 * and received {@code shift} later: every attribute that depends on the id or the receipt moves
 * with it, in the format the store writes it (docs/access-patterns.md, {@code TicketItems}):
 * instants as {@link Instant#toString()}, instants inside sort keys fixed-width UTC with
 * milliseconds followed by {@code #<id>}. Everything else (account, target, calendar, version,
 * {@code announced}) is the prototype's, so the sweep numbers a clone's announcements after the
 * prototype's last.
 *
 * <p>Valid while the shift moves nothing across a calendar boundary: the deadline's explanation is
 * shifted as it stands, not computed again. Benchmarks shift by milliseconds inside one business
 * window; {@code ClonedTicketsAreSweptAsTheirOriginalsTest} checks a clone against the item intake
 * writes for the shifted receipt.
 */
final class TicketClone {

    /** Fixed-width UTC with milliseconds: the store's format for instants inside sort keys. */
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int SORTABLE_LENGTH = "2026-12-01T09:15:00.000Z".length();

    /** Instants the receipt decides, written as {@code Instant.toString()}. */
    private static final Set<String> INSTANTS = Set.of("receivedAt", "clockFrom", "dueAt", "atRiskAt",
            "slaNextCheckpointAt", "firstResponseAt");
    /** Sort keys ending in {@code <sortable instant>#<id>}: the account and partner views, the queue, the sweep's index. */
    private static final Set<String> INSTANT_AND_ID_KEYS = Set.of("receivedSk", "queueSk", "slaCheckpoint");

    private TicketClone() {
    }

    static Map<String, AttributeValue> of(Map<String, AttributeValue> prototype, String id, Duration shift) {
        String prototypeId = string(prototype, "id");
        Map<String, AttributeValue> clone = new HashMap<>(prototype);
        clone.put("id", AttributeValue.fromS(id));
        clone.put("pk", AttributeValue.fromS("TICKET#" + id));
        for (String name : INSTANTS) {
            if (clone.containsKey(name)) {
                clone.put(name, AttributeValue.fromS(shifted(string(clone, name), shift)));
            }
        }
        if (clone.containsKey("counted")) {
            clone.put("counted", AttributeValue.fromL(clone.get("counted").l().stream()
                    .map(interval -> AttributeValue.fromM(shiftedInterval(interval.m(), shift)))
                    .toList()));
        }
        for (String name : INSTANT_AND_ID_KEYS) {
            if (clone.containsKey(name)) {
                clone.put(name, AttributeValue.fromS(shiftedKey(name, string(clone, name), prototypeId, id, shift)));
            }
        }
        requireNoTraceOf(prototypeId, clone);
        return Map.copyOf(clone);
    }

    private static String shifted(String instant, Duration shift) {
        return Instant.parse(instant).plus(shift).toString();
    }

    private static Map<String, AttributeValue> shiftedInterval(Map<String, AttributeValue> interval, Duration shift) {
        Map<String, AttributeValue> moved = new HashMap<>(interval);
        moved.put("from", AttributeValue.fromS(shifted(string(interval, "from"), shift)));
        moved.put("to", AttributeValue.fromS(shifted(string(interval, "to"), shift)));
        return moved;
    }

    /** {@code <prefix><sortable instant>#<prototype id>} to the same with the instant shifted and the new id. */
    private static String shiftedKey(String name, String key, String prototypeId, String id, Duration shift) {
        String suffix = "#" + prototypeId;
        int instantStart = key.length() - suffix.length() - SORTABLE_LENGTH;
        if (!key.endsWith(suffix) || instantStart < 0) {
            throw new IllegalArgumentException(name + " " + key + " does not end in <instant>#" + prototypeId);
        }
        Instant at = Instant.from(SORTABLE.parse(key.substring(instantStart, instantStart + SORTABLE_LENGTH)));
        return key.substring(0, instantStart) + SORTABLE.format(at.plus(shift)) + "#" + id;
    }

    /** A new attribute naming the ticket would otherwise be copied with the prototype's id: refuse rather than mislead. */
    private static void requireNoTraceOf(String prototypeId, Map<String, AttributeValue> clone) {
        List<String> stale = clone.entrySet().stream()
                .filter(attribute -> attribute.getValue().s() != null && attribute.getValue().s().contains(prototypeId))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (!stale.isEmpty()) {
            throw new IllegalStateException("The clone would keep the prototype's id in " + stale
                    + ": TicketClone does not know these attributes yet");
        }
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalArgumentException("The prototype lacks the string attribute " + name + ": is it a ticket item?");
        }
        return value.s();
    }
}
