package desk.handler.relay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits announcements, in order, into {@code PutEvents} calls: at most 10 entries and 256 KB a
 * call, sizes counted as EventBridge counts them. One entry over the limit travels alone, and
 * EventBridge refuses it: it becomes a failure like any other.
 */
final class PutEventsBatches {

    static final int MAX_ENTRIES = 10;
    static final int MAX_BYTES = 256 * 1024;
    /** EventBridge counts any {@code Time} as 14 bytes. */
    private static final int TIME_BYTES = 14;

    private PutEventsBatches() {
    }

    static List<List<Announcement>> split(List<Announcement> announcements) {
        List<List<Announcement>> batches = new ArrayList<>();
        List<Announcement> current = new ArrayList<>();
        int currentBytes = 0;
        for (Announcement announcement : announcements) {
            int size = entrySize(announcement);
            if (!current.isEmpty() && (current.size() == MAX_ENTRIES || currentBytes + size > MAX_BYTES)) {
                batches.add(List.copyOf(current));
                current.clear();
                currentBytes = 0;
            }
            current.add(announcement);
            currentBytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return batches;
    }

    static int entrySize(Announcement announcement) {
        return TIME_BYTES + utf8(announcement.source()) + utf8(announcement.detailType()) + utf8(announcement.detail());
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
