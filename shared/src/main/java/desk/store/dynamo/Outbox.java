package desk.store.dynamo;

import desk.telemetry.LogContext;
import desk.ticket.Announcement;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * The transactional outbox, in one place for every store that writes a ticket: each announcement
 * joins the transaction of the change it announces as an item of the ticket's collection, under
 * {@code attribute_not_exists(pk)} (a sequence number is used once), kept for
 * {@code desk.announcements.retention} by TTL.
 */
@Singleton
final class Outbox {
    private final Duration retention;

    Outbox(@Value("${desk.announcements.retention}") String retention) {
        this.retention = Duration.parse(retention);
        if (this.retention.compareTo(Duration.ofDays(2)) < 0) {
            // The stream keeps records 24 h; a redrive must still find the item it names.
            throw new IllegalArgumentException("desk.announcements.retention must exceed the stream's 24 h by a day, was "
                    + retention);
        }
    }

    /** How long an announcement item is kept (its {@code expiresAt} after its occurrence). */
    Duration retention() {
        return retention;
    }

    Transaction add(Transaction transaction, List<Announcement> announcements) {
        for (Announcement announcement : announcements) {
            transaction.put("announcement " + announcement.sequence(), AnnouncementItems.toItem(announcement, retention, LogContext.correlationId()),
                    Condition.NEW_ITEM);
        }
        return transaction;
    }
}
