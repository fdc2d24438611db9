package desk.store.dynamo;

import desk.store.IdempotencyRecord;
import desk.store.IdempotencyRecords;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Reads idempotency records with a strongly consistent {@code GetItem} (see {@link IdempotencyItems} for the key). */
@Singleton
class DynamoIdempotencyRecords implements IdempotencyRecords {
    private final DeskTable table;

    DynamoIdempotencyRecords(DeskTable table) {
        this.table = table;
    }

    @Override
    public Optional<IdempotencyRecord> find(String scope, String key) {
        return table.get(IdempotencyItems.key(scope, key)).map(IdempotencyItems::fromItem);
    }
}
