package desk.store.dynamo;

import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A condition expression with its placeholders, guarding one write of a transaction. */
record Condition(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    /** An item that must not exist yet: ids and sequence numbers are never reused. */
    static final Condition NEW_ITEM = new Condition("attribute_not_exists(pk)", Map.of(), Map.of());

    /** An item that must exist: an update must never create a stray item holding only what it set. */
    static final Condition EXISTING = new Condition("attribute_exists(pk)", Map.of(), Map.of());

    Condition {
        Objects.requireNonNull(expression, "expression");
        names = Map.copyOf(names);
        values = Map.copyOf(values);
    }

    /** Optimistic locking: the item is still at the version it was read at. */
    static Condition versionIs(long expected) {
        return new Condition("#version = :expectedVersion", Map.of("#version", "version"),
                Map.of(":expectedVersion", AttributeValue.fromN(Long.toString(expected))));
    }

    /** The ticket still has the status a decision was made on (whatever else concurrent writers changed). */
    static Condition statusIs(String status) {
        return new Condition("#status = :expectedStatus", Map.of("#status", "status"),
                Map.of(":expectedStatus", AttributeValue.fromS(status)));
    }
}
