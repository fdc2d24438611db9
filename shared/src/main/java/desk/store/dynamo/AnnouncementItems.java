package desk.store.dynamo;

import desk.store.AnnouncementRecord;
import desk.ticket.Announcement;
import desk.ticket.TicketEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The transactional outbox: an announcement is an item in its ticket's collection,
 * {@code pk=TICKET#<ticket>}, {@code sk=EVENT#<sequence, 10 digits>}, written in the same
 * transaction as the change it announces. The table's stream carries its INSERT to the relay
 * (filtered on the {@code EVENT#} prefix); TTL removes it after the retention, and TTL deletions
 * are never relayed. docs/events.md describes the attributes the relay publishes.
 */
final class AnnouncementItems {
    static final String PREFIX = "EVENT#";

    private AnnouncementItems() {}

    /**
     * The outbox item; {@code correlationId}, the id of the request that caused the change, is
     * published in the detail so consumers can follow a request into what it announced.
     */
    static Map<String, AttributeValue> toItem(Announcement announcement, Duration retention, Optional<String> correlationId) {
        Map<String, Object> detail = new LinkedHashMap<>(announcement.detail());
        correlationId.ifPresent(id -> detail.put("correlationId", id));
        return Item.builder()
                .with(TableKeys.key(TableKeys.ticketPk(announcement.ticketId()), PREFIX + "%010d".formatted(announcement.sequence())))
                .s("entity", "ANNOUNCEMENT")
                .s("eventId", announcement.eventId())
                .s("source", Announcement.SOURCE)
                .s("detailType", announcement.event().detailType())
                .s("ticketId", announcement.ticketId())
                .n("sequence", announcement.sequence())
                .instant("occurredAt", announcement.occurredAt())
                .s("audience", announcement.event().audience().name())
                .value("detail", Item.of(detail))
                .n("expiresAt", announcement.occurredAt().plus(retention).getEpochSecond())
                .build();
    }

    @SuppressWarnings("unchecked")
    static AnnouncementRecord fromItem(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new AnnouncementRecord(item.s("eventId"), item.n("sequence"), item.instant("occurredAt"),
                item.s("detailType"), TicketEvent.Audience.valueOf(item.s("audience")),
                (Map<String, Object>) Item.plain(item.value("detail")));
    }
}
