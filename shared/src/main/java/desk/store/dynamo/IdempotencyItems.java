package desk.store.dynamo;

import desk.store.IdempotencyRecord;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Idempotency records at {@code pk=IDEMPOTENCY#<scope>#<key>}, {@code sk=IDEMPOTENCY}, each part
 * percent-encoded so that a {@code #} inside a subject or a key can never make two callers'
 * records collide. {@code expiresAt} is epoch seconds (the table's TTL attribute); a record is
 * written under {@code attribute_not_exists(pk) OR expiresAt <= :nowSecond}, the same whole-second
 * comparison as {@link IdempotencyRecord#isLiveAt}, so an expired record is taken over, never a 500.
 */
final class IdempotencyItems {
    private IdempotencyItems() {}

    static Map<String, AttributeValue> key(String scope, String key) {
        return TableKeys.key("IDEMPOTENCY#" + encode(scope) + "#" + encode(key), "IDEMPOTENCY");
    }

    static Map<String, AttributeValue> toItem(IdempotencyRecord record) {
        return Item.builder()
                .with(key(record.scope(), record.key()))
                .s("entity", "IDEMPOTENCY")
                .s("scope", record.scope())
                .s("key", record.key())
                .s("requestFingerprint", record.requestFingerprint())
                .s("resourceId", record.resourceId())
                .n("expiresAt", record.expiresAt().getEpochSecond())
                .build();
    }

    /** The condition that lets this write through: no record, or one expired by {@code now}. */
    static Condition freeAt(Instant now) {
        return new Condition("attribute_not_exists(pk) OR expiresAt <= :nowSecond", Map.of(),
                Map.of(":nowSecond", AttributeValue.fromN(Long.toString(now.getEpochSecond()))));
    }

    static IdempotencyRecord fromItem(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new IdempotencyRecord(item.s("scope"), item.s("key"), item.s("requestFingerprint"),
                item.s("resourceId"), Instant.ofEpochSecond(item.n("expiresAt")));
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
