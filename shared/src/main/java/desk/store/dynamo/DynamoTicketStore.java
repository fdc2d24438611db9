package desk.store.dynamo;

import desk.store.ConcurrentUpdateException;
import desk.store.IdempotencyKeyTakenException;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Tickets at {@code pk=TICKET#<id>, sk=TICKET}, written with {@code attribute_not_exists(pk)}
 * so an id is never reused. With an {@code Idempotency-Key}, the record at
 * {@code pk=IDEMPOTENCY#<caller scope>#<key>} is written in the same transaction under
 * {@code attribute_not_exists(pk) OR expiresAt < :now}: of concurrent retries exactly one
 * creates a ticket, and an expired record (its TTL not yet swept) may be taken over.
 */
@Singleton
class DynamoTicketStore implements TicketStore {
    private final DeskTable table;

    DynamoTicketStore(DeskTable table) {
        this.table = table;
    }

    @Override
    public void create(Ticket ticket, Optional<IdempotencyRecord> idempotency) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().put(put -> put
                .tableName(table.name())
                .item(TicketItems.toItem(ticket))
                .conditionExpression("attribute_not_exists(pk)")).build());
        idempotency.ifPresent(record -> writes.add(TransactWriteItem.builder().put(put -> put
                .tableName(table.name())
                .item(IdempotencyItems.toItem(record))
                .conditionExpression("attribute_not_exists(pk) OR expiresAt < :now")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(
                        Long.toString(ticket.receivedAt().getEpochSecond()))))).build()));
        try {
            table.client().transactWriteItems(transaction -> transaction.transactItems(writes));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
            if (idempotency.isPresent() && reasons.size() > 1 && "ConditionalCheckFailed".equals(reasons.get(1).code())) {
                IdempotencyRecord record = idempotency.get();
                throw new IdempotencyKeyTakenException(record.scope(), record.key());
            }
            throw new ConcurrentUpdateException("ticket " + ticket.id() + " was not created: " + reasons, e);
        }
    }

    @Override
    public Optional<Ticket> find(String ticketId) {
        return table.get(TableKeys.ticket(ticketId)).map(TicketItems::fromItem);
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotency(String scope, String key) {
        return table.get(TableKeys.idempotency(scope, key)).map(IdempotencyItems::fromItem);
    }
}
