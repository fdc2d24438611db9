package desk.handler.relay;

import java.time.Instant;

/**
 * One announcement on its way to the bus.
 *
 * @param streamSequence the stream record's sequence number: what a batch item failure names
 * @param detail         the detail as a JSON object's text
 */
record Announcement(String streamSequence, String eventId, String source, String detailType, Instant occurredAt,
                    String detail) {
}
