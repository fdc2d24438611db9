package desk.handler.deduction;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import desk.ticket.OwedReason;
import desk.usecase.SettleHourBanks.OwedChange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads a stream record as a "Ticket Owed Changed" announcement (an outbox item of a ticket,
 * {@code sk EVENT#...}). The event source filter passes only their INSERTs, but anything else
 * (another announcement, a MODIFY, a TTL deletion) is skipped here again, never settled.
 */
final class OwedChangeRecords {
    static final String DETAIL_TYPE = "Ticket Owed Changed";

    private OwedChangeRecords() {}

    sealed interface Read {
        record Change(OwedChange change) implements Read {}

        /** Not an owed change: nothing to settle. */
        record Skip() implements Read {}

        /** An owed-change item the deduction cannot read: a writer's bug, reported as a failure. */
        record Malformed(String problem) implements Read {}
    }

    static Read read(DynamodbStreamRecord record) {
        var stream = record.getDynamodb();
        if (!"INSERT".equals(record.getEventName()) || stream == null || stream.getNewImage() == null) {
            return new Read.Skip();
        }
        Map<String, AttributeValue> item = stream.getNewImage();
        AttributeValue sk = item.get("sk");
        AttributeValue detailType = item.get("detailType");
        if (sk == null || sk.getS() == null || !sk.getS().startsWith("EVENT#") || detailType == null
                || !DETAIL_TYPE.equals(detailType.getS())) {
            return new Read.Skip();
        }
        try {
            AttributeValue detail = item.get("detail");
            if (detail == null || detail.getM() == null) {
                return new Read.Malformed("detail is missing or not a map");
            }
            return new Read.Change(new OwedChange(text(item, "ticketId"), number(item, "sequence"),
                    Instant.parse(text(item, "occurredAt")), number(detail.getM(), "toMinutes"),
                    OwedReason.valueOf(text(detail.getM(), "reason"))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new Read.Malformed(e.getMessage());
        }
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.getS() == null || value.getS().isBlank()) {
            throw new IllegalArgumentException(name + " is missing or not a string");
        }
        return value.getS();
    }

    private static long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.getN() == null) {
            throw new IllegalArgumentException(name + " is missing or not a number");
        }
        return Long.parseLong(value.getN());
    }
}
