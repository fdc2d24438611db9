package desk.handler.relay;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;

/**
 * Reads a stream record as an announcement. Only INSERTs of items whose {@code sk} begins with
 * {@code EVENT#} are announcements: the event source filter passes nothing else, but a TTL
 * deletion (REMOVE) or any other change must never be relayed, so this checks again.
 */
final class AnnouncementRecords {

    static final String KEY_PREFIX = "EVENT#";

    private AnnouncementRecords() {
    }

    sealed interface Read {
        /** An announcement to publish. */
        record Relay(Announcement announcement) implements Read {
        }

        /** Not an announcement (another item, a MODIFY, a REMOVE): nothing to do. */
        record Skip() implements Read {
        }

        /** An announcement item the relay cannot publish: a writer's bug, reported as a failure. */
        record Malformed(String problem) implements Read {
        }
    }

    static Read read(DynamodbStreamRecord record) {
        var stream = record.getDynamodb();
        if (!"INSERT".equals(record.getEventName()) || stream == null || !isAnnouncementKey(stream.getKeys())) {
            return new Read.Skip();
        }
        Map<String, AttributeValue> item = stream.getNewImage();
        if (item == null) {
            return new Read.Malformed("no NewImage (the stream must carry new images)");
        }
        try {
            if (!"ANNOUNCEMENT".equals(text(item, "entity"))) {
                return new Read.Malformed("entity is " + text(item, "entity") + ", not ANNOUNCEMENT");
            }
            AttributeValue detail = item.get("detail");
            if (detail == null || detail.getM() == null) {
                return new Read.Malformed("detail is missing or not a map");
            }
            return new Read.Relay(new Announcement(stream.getSequenceNumber(), text(item, "eventId"), text(item, "source"),
                    text(item, "detailType"), Instant.parse(text(item, "occurredAt")), AttributeValueJson.object(detail.getM())));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new Read.Malformed(e.getMessage());
        }
    }

    private static boolean isAnnouncementKey(Map<String, AttributeValue> keys) {
        AttributeValue sk = keys == null ? null : keys.get("sk");
        return sk != null && sk.getS() != null && sk.getS().startsWith(KEY_PREFIX);
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.getS() == null || value.getS().isBlank()) {
            throw new IllegalArgumentException(name + " is missing or not a string");
        }
        return value.getS();
    }
}
