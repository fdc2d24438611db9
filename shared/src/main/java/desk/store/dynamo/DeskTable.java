package desk.store.dynamo;

import desk.store.StoreUnavailableException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The desk's single table: its name (from {@code DESK_TABLE_NAME}) and the client that reaches it.
 * Every call goes through {@link #call}, which turns throttling, timeouts and server errors into
 * {@link StoreUnavailableException}, so callers can answer "retry" without knowing the SDK.
 */
@Singleton
public record DeskTable(@Value("${desk.table.name}") String name, DynamoDbClient client) {

    /** A strongly consistent read of one item: a read right after a write must see it. */
    Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        var response = call("GetItem", () -> client.getItem(get -> get.tableName(name).key(key).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    /** Every item of one partition whose sort key starts with {@code prefix}, in key order, all pages, strongly consistent. */
    List<Map<String, AttributeValue>> itemsStartingWith(String pk, String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = call("Query", () -> client.query(query -> query.tableName(name)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":prefix", AttributeValue.fromS(prefix)))
                    .consistentRead(true)
                    .exclusiveStartKey(from)));
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** Runs one SDK call; trouble that a retry may cure becomes {@link StoreUnavailableException}. */
    static <T> T call(String operation, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkClientException e) {
            // Timeouts (call and attempt) and connection failures: the client gave up, nothing is known to be written.
            throw new StoreUnavailableException("DynamoDB " + operation + " did not complete: " + e.getMessage(), e);
        } catch (AwsServiceException e) {
            if (e.isThrottlingException() || e.statusCode() >= 500) {
                throw new StoreUnavailableException("DynamoDB " + operation + " was refused (" + e.statusCode() + " "
                        + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode()) + ")", e);
            }
            throw e;
        }
    }
}
