package desk.store;

import desk.ticket.TicketEvent;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An announcement as it was stored in the ticket's history, with its published detail. */
public record AnnouncementRecord(String eventId, long sequence, Instant occurredAt, String detailType,
                                 TicketEvent.Audience audience, Map<String, Object> detail) {
    public AnnouncementRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(audience, "audience");
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }
}
