package desk.store.dynamo;

import desk.store.TicketLists;
import desk.ticket.TicketStatus;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Lists from the summary indexes (template.yaml, docs/access-patterns.md). Each page is one
 * {@code Query} with the position in the key condition ({@code sk > :after} or {@code sk < :before}),
 * so pages resume without an {@code ExclusiveStartKey} and lists merge on their positions.
 * Index reads are eventually consistent: a ticket written a moment ago may show a moment later.
 */
@Singleton
class DynamoTicketLists implements TicketLists {
    static final String QUEUE = "SupportQueue";
    static final String ASSIGNED = "AssignedQueue";
    static final String BY_ACCOUNT = "TicketsByAccount";
    static final String BY_PARTNER = "TicketsByPartner";

    private final DeskTable table;

    DynamoTicketLists(DeskTable table) {
        this.table = table;
    }

    @Override
    public Page queue(TicketStatus status, Optional<String> after, int limit) {
        return page(QUEUE, "queuePk", TicketItems.queuePartition(status), "queueSk", after.map(a -> new Bound(">", a)),
                Optional.empty(), true, limit);
    }

    /** An agent's own partition is small; a status is a filter on it, not a partition of its own. */
    @Override
    public Page assignedTo(String assignee, Optional<TicketStatus> status, Optional<String> after, int limit) {
        return page(ASSIGNED, "assigneePk", TicketItems.assigneePartition(assignee), "queueSk", after.map(a -> new Bound(">", a)),
                status, true, limit);
    }

    @Override
    public Page ofAccount(String accountId, Optional<String> before, int limit) {
        return page(BY_ACCOUNT, "accountPk", TicketItems.accountPartition(accountId), "receivedSk",
                before.map(b -> new Bound("<", b)), Optional.empty(), false, limit);
    }

    @Override
    public Page requestsOf(String accountId, Optional<String> before, int limit) {
        return page(BY_ACCOUNT, "accountPk", TicketItems.requestsPartition(accountId), "receivedSk",
                before.map(b -> new Bound("<", b)), Optional.empty(), false, limit);
    }

    @Override
    public Page openedByPartner(String partnerId, Optional<String> before, int limit) {
        return page(BY_PARTNER, "partnerPk", TicketItems.partnerPartition(partnerId), "receivedSk",
                before.map(b -> new Bound("<", b)), Optional.empty(), false, limit);
    }

    private record Bound(String operator, String position) {}

    private Page page(String index, String partitionKey, String partition, String sortKey, Optional<Bound> bound,
                      Optional<TicketStatus> status, boolean ascending, int limit) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":partition", AttributeValue.fromS(partition));
        String condition = partitionKey + " = :partition";
        if (bound.isPresent()) {
            condition += " AND " + sortKey + " " + bound.get().operator() + " :position";
            values.put(":position", AttributeValue.fromS(bound.get().position()));
        }
        status.ifPresent(s -> values.put(":status", AttributeValue.fromS(s.name())));
        String keyCondition = condition;
        QueryResponse response = DeskTable.call("Query", () -> table.client().query(query -> query.tableName(table.name())
                .indexName(index)
                .keyConditionExpression(keyCondition)
                .filterExpression(status.map(s -> "#status = :status").orElse(null))
                .expressionAttributeNames(status.map(s -> Map.of("#status", "status")).orElse(null))
                .expressionAttributeValues(values)
                .scanIndexForward(ascending)
                .limit(limit)));
        List<Entry> entries = response.items().stream()
                .map(item -> new Entry(TicketItems.summary(item), item.get(sortKey).s()))
                .toList();
        // With a filter the page may hold fewer entries than were read: resume after the last one read.
        Optional<String> lastRead = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Optional.of(response.lastEvaluatedKey().get(sortKey).s())
                : Optional.empty();
        return new Page(entries, lastRead);
    }
}
