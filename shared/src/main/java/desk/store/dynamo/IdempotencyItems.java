package desk.store.dynamo;

import desk.store.IdempotencyRecord;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps idempotency records; {@code expiresAt} is in epoch seconds, the table's TTL attribute. */
final class IdempotencyItems {
    private IdempotencyItems() {}

    static Map<String, AttributeValue> toItem(IdempotencyRecord record) {
        return Item.builder()
                .with(TableKeys.idempotency(record.scope(), record.key()))
                .s("entity", "IDEMPOTENCY")
                .s("scope", record.scope())
                .s("key", record.key())
                .s("requestFingerprint", record.requestFingerprint())
                .s("ticketId", record.ticketId())
                .n("expiresAt", record.expiresAt().getEpochSecond())
                .build();
    }

    static IdempotencyRecord fromItem(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new IdempotencyRecord(item.s("scope"), item.s("key"), item.s("requestFingerprint"),
                item.s("ticketId"), Instant.ofEpochSecond(item.n("expiresAt")));
    }
}
