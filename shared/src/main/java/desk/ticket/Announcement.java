package desk.ticket;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A ticket event as it is published: numbered in the ticket's own sequence (1, 2, ...), with a
 * deterministic id so that consumers can order and deduplicate what at-least-once delivery repeats.
 */
public record Announcement(String ticketId, long sequence, Instant occurredAt, TicketEvent event) {
    public static final String SOURCE = "desk.tickets";

    public Announcement {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(event, "event");
        if (sequence < 1) {
            throw new IllegalArgumentException("announcement sequences start at 1, was " + sequence);
        }
    }

    /** {@code <ticket id>/<sequence>}: the same change always has the same id. */
    public String eventId() {
        return ticketId + "/" + sequence;
    }

    /** The published detail: the envelope's fields, then the event's own. */
    public Map<String, Object> detail() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("eventId", eventId());
        detail.put("ticketId", ticketId);
        detail.put("sequence", sequence);
        detail.put("occurredAt", occurredAt.toString());
        detail.putAll(event.fields());
        return detail;
    }
}
