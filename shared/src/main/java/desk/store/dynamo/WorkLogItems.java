package desk.store.dynamo;

import desk.ticket.WorkLog;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps work logs to items in their ticket's collection: {@code pk=TICKET#<ticket>},
 * {@code sk=WORKLOG#<log id>}. Ids are time-ordered like message ids, so a ticket's logs read in
 * the order they were logged. Written with the ticket's new time worked, in one transaction.
 */
final class WorkLogItems {
    static final String PREFIX = "WORKLOG#";

    private WorkLogItems() {}

    static Map<String, AttributeValue> key(String ticketId, String logId) {
        return TableKeys.key(TableKeys.ticketPk(ticketId), PREFIX + logId);
    }

    static Map<String, AttributeValue> toItem(WorkLog log) {
        return Item.builder()
                .with(key(log.ticketId(), log.id()))
                .s("entity", "WORKLOG")
                .s("id", log.id())
                .s("ticketId", log.ticketId())
                .s("agent", log.agent())
                .n("millis", log.time().toMillis())
                .s("note", log.note())
                .instant("loggedAt", log.loggedAt())
                .build();
    }

    static WorkLog fromItem(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new WorkLog(item.s("id"), item.s("ticketId"), item.s("agent"), Duration.ofMillis(item.n("millis")),
                item.s("note"), item.instant("loggedAt"));
    }
}
