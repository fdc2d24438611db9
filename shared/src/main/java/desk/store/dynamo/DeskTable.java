package desk.store.dynamo;

import desk.store.Saved;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** The desk's single table: its name (from {@code DESK_TABLE_NAME}) and the client that reaches it. */
@Singleton
public record DeskTable(@Value("${desk.table.name}") String name, DynamoDbClient client) {

    /** A strongly consistent read of one item: a read right after a write must see it. */
    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        var response = client.getItem(get -> get.tableName(name).key(key).consistentRead(true));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** An unconditional whole-item replacement; ALL_OLD tells a creation from a replacement in one call. */
    Saved replace(Map<String, AttributeValue> item) {
        var response = client.putItem(put -> put.tableName(name).item(item).returnValues(ReturnValue.ALL_OLD));
        return response.hasAttributes() && !response.attributes().isEmpty() ? Saved.REPLACED : Saved.CREATED;
    }
}
