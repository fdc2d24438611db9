package desk.store.dynamo;

import desk.store.ConcurrentUpdateException;
import desk.store.StoreUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * One {@code TransactWriteItems} whose items are named, so that a cancelled transaction reports
 * which named condition failed instead of a position. Every multi-item write uses it. Conflicts
 * with another transaction become {@link ConcurrentUpdateException}, throttling
 * {@link StoreUnavailableException}; failed conditions become {@link ConditionsFailed}.
 */
final class Transaction {
    private final DeskTable table;
    private final List<String> names = new ArrayList<>();
    private final List<TransactWriteItem> writes = new ArrayList<>();

    private Transaction(DeskTable table) {
        this.table = table;
    }

    static Transaction on(DeskTable table) {
        return new Transaction(table);
    }

    Transaction put(String name, Map<String, AttributeValue> item, Condition condition) {
        add(name, TransactWriteItem.builder().put(put -> put.tableName(table.name()).item(item)
                .conditionExpression(condition.expression())
                .expressionAttributeNames(condition.names().isEmpty() ? null : condition.names())
                .expressionAttributeValues(condition.values().isEmpty() ? null : condition.values())).build());
        return this;
    }

    /**
     * A put without a condition of its own: only for an item that follows another item of the
     * same transaction (a client link follows its account), whose condition orders the writes.
     */
    Transaction put(String name, Map<String, AttributeValue> item) {
        add(name, TransactWriteItem.builder().put(put -> put.tableName(table.name()).item(item)).build());
        return this;
    }

    /** A delete without a condition of its own, for the same kind of item as {@link #put(String, Map)}. */
    Transaction delete(String name, Map<String, AttributeValue> key) {
        add(name, TransactWriteItem.builder().delete(delete -> delete.tableName(table.name()).key(key)).build());
        return this;
    }

    /** A condition on an item this transaction does not write (ConditionCheck). */
    Transaction check(String name, Map<String, AttributeValue> key, Condition condition) {
        add(name, TransactWriteItem.builder().conditionCheck(check -> check.tableName(table.name()).key(key)
                .conditionExpression(condition.expression())
                .expressionAttributeNames(condition.names().isEmpty() ? null : condition.names())
                .expressionAttributeValues(condition.values().isEmpty() ? null : condition.values())).build());
        return this;
    }

    /** An update of some attributes of one item (what {@link TicketItems#slaUpdate} derives), under a condition. */
    Transaction update(String name, Map<String, AttributeValue> key, Update update, Condition condition) {
        Map<String, String> names = new HashMap<>(update.names());
        names.putAll(condition.names());
        Map<String, AttributeValue> values = new HashMap<>(update.values());
        values.putAll(condition.values());
        add(name, TransactWriteItem.builder().update(u -> u.tableName(table.name()).key(key)
                .updateExpression(update.expression())
                .conditionExpression(condition.expression())
                .expressionAttributeNames(names.isEmpty() ? null : names)
                .expressionAttributeValues(values.isEmpty() ? null : values)).build());
        return this;
    }

    /** How many items the transaction writes or checks. */
    int size() {
        return writes.size();
    }

    private void add(String name, TransactWriteItem write) {
        if (names.contains(name)) {
            throw new IllegalArgumentException("a transaction names each item once; " + name + " twice");
        }
        names.add(name);
        writes.add(write);
    }

    void commit() {
        try {
            DeskTable.call("TransactWriteItems", () -> table.client().transactWriteItems(t -> t.transactItems(writes)));
        } catch (TransactionCanceledException e) {
            Map<String, String> reasons = reasonsByName(e);
            if (reasons.containsValue("ThrottlingError") || reasons.containsValue("ProvisionedThroughputExceeded")) {
                throw new StoreUnavailableException("DynamoDB throttled the transaction: " + reasons, e);
            }
            Set<String> failed = reasons.entrySet().stream()
                    .filter(reason -> "ConditionalCheckFailed".equals(reason.getValue()))
                    .map(Map.Entry::getKey)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            if (!failed.isEmpty()) {
                throw new ConditionsFailed(failed, e);
            }
            throw new ConcurrentUpdateException("the transaction over " + names + " was cancelled: " + reasons, e);
        }
    }

    /** Cancellation reasons come in the order the items were sent; this is the one place that reads them by position. */
    private Map<String, String> reasonsByName(TransactionCanceledException e) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < reasons.size() && i < names.size(); i++) {
            String code = reasons.get(i).code();
            if (code != null && !"None".equals(code)) {
                byName.put(names.get(i), code);
            }
        }
        return byName;
    }

    /** The named items whose condition expression did not hold; nothing of the transaction was written. */
    static final class ConditionsFailed extends RuntimeException {
        private final Set<String> names;

        ConditionsFailed(Set<String> names, Throwable cause) {
            super("conditions failed on " + names, cause);
            this.names = names;
        }

        boolean failed(String name) {
            return names.contains(name);
        }
    }
}
