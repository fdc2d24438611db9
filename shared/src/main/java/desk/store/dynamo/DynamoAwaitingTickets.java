package desk.store.dynamo;

import desk.store.AwaitingTickets;
import desk.store.ConcurrentUpdateException;
import desk.ticket.AwaitingTicket;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The sweep's reads and writes. Reads: {@code Query AwaitingFirstResponse slaPk = AWAITING AND
 * slaCheckpoint <= :now#~}, eventually consistent (an index has no other kind), projecting
 * exactly what the sweep decides on, so a due ticket costs no {@code GetItem}. Writes: one
 * transaction of an {@code UpdateItem} of the ticket's SLA attributes under
 * {@code #version = :expectedVersion} and its announcements under {@code attribute_not_exists(pk)}:
 * a stale index entry, a racing sweep or a reply stored first makes the version differ, and then
 * nothing is written or announced.
 */
@Singleton
class DynamoAwaitingTickets implements AwaitingTickets {
    static final String INDEX = "AwaitingFirstResponse";

    private final DeskTable table;
    private final Outbox outbox;

    DynamoAwaitingTickets(DeskTable table, Outbox outbox) {
        this.table = table;
        this.outbox = outbox;
    }

    @Override
    public Page dueAt(Instant now, Optional<String> after, int limit) {
        // '~' sorts after every character of an id: every checkpoint of this millisecond is included.
        String upTo = Item.sortable(now) + "#~";
        QueryResponse page = DeskTable.call("Query", () -> table.client().query(query -> query.tableName(table.name())
                .indexName(INDEX)
                .keyConditionExpression("slaPk = :awaiting AND slaCheckpoint <= :upTo")
                .expressionAttributeValues(Map.of(":awaiting", AttributeValue.fromS(TicketItems.SLA_AWAITING),
                        ":upTo", AttributeValue.fromS(upTo)))
                .exclusiveStartKey(after.map(DynamoAwaitingTickets::startKey).orElse(null))
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                .limit(limit)));
        Optional<String> next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                ? Optional.of(page.lastEvaluatedKey().get("slaCheckpoint").s())
                : Optional.empty();
        double capacity = page.consumedCapacity() == null || page.consumedCapacity().capacityUnits() == null
                ? 0 : page.consumedCapacity().capacityUnits();
        List<AwaitingTicket> tickets = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Map<String, AttributeValue> item : page.items()) {
            try {
                tickets.add(TicketItems.awaiting(item));
            } catch (RuntimeException e) {
                // One bad entry must not stop the sweep for every ticket due after it.
                unreadable.add(item.get("pk").s());
            }
        }
        return new Page(tickets, unreadable, next, capacity);
    }

    @Override
    public Ids underOtherVersion(String calendarId, String version, Optional<String> after, int limit) {
        QueryResponse page = DeskTable.call("Query", () -> table.client().query(query -> query.tableName(table.name())
                .indexName(INDEX)
                .keyConditionExpression("slaPk = :awaiting")
                .filterExpression("calendarId = :calendar AND calendarVersion <> :version")
                .expressionAttributeValues(Map.of(":awaiting", AttributeValue.fromS(TicketItems.SLA_AWAITING),
                        ":calendar", AttributeValue.fromS(calendarId), ":version", AttributeValue.fromS(version)))
                .exclusiveStartKey(after.map(DynamoAwaitingTickets::startKey).orElse(null))
                .limit(limit)));
        Optional<String> next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                ? Optional.of(page.lastEvaluatedKey().get("slaCheckpoint").s())
                : Optional.empty();
        return new Ids(page.items().stream().map(item -> item.get("id").s()).toList(), next);
    }

    /** The index's last evaluated key, rebuilt from its sort key {@code <checkpoint>#<ticket id>}. */
    private static Map<String, AttributeValue> startKey(String slaCheckpoint) {
        String ticketId = slaCheckpoint.substring(slaCheckpoint.indexOf('#') + 1);
        Map<String, AttributeValue> key = new HashMap<>(TableKeys.ticket(ticketId));
        key.put("slaPk", AttributeValue.fromS(TicketItems.SLA_AWAITING));
        key.put("slaCheckpoint", AttributeValue.fromS(slaCheckpoint));
        return key;
    }

    @Override
    public void apply(AwaitingTicket.Swept swept) {
        AwaitingTicket ticket = swept.ticket();
        Transaction transaction = Transaction.on(table).update("ticket", TableKeys.ticket(ticket.ticketId()),
                TicketItems.slaUpdate(ticket.ticketId(), swept.next(), ticket.version() + 1, swept.announced()),
                Condition.versionIs(ticket.version()));
        outbox.add(transaction, swept.announcements());
        try {
            transaction.commit();
        } catch (Transaction.ConditionsFailed failed) {
            throw new ConcurrentUpdateException("ticket " + ticket.ticketId() + " changed since the sweep read it", failed);
        }
    }
}
