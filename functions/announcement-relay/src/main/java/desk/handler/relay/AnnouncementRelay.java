package desk.handler.relay;

import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;

import jakarta.inject.Singleton;

/**
 * Publishes a stream batch's announcements in stream order, up to 10 per call. The first failure
 * (a refused entry, an SDK error, a malformed item) stops the batch: that record and every later
 * one are reported for Lambda to deliver again, so order holds and nothing is skipped; entries
 * EventBridge took after a failed one are published twice, which consumers absorb by {@code eventId}.
 */
@Singleton
class AnnouncementRelay {

    private final EventBusPublisher publisher;

    AnnouncementRelay(EventBusPublisher publisher) {
        this.publisher = publisher;
    }

    RelayReport relay(List<DynamodbStreamRecord> records) {
        List<Announcement> announcements = new ArrayList<>();
        List<Integer> positions = new ArrayList<>(); // index in records of each announcement
        int skipped = 0;
        int failedFrom = records.size();
        String failure = null;
        for (int i = 0; i < records.size() && failure == null; i++) {
            switch (AnnouncementRecords.read(records.get(i))) {
                case AnnouncementRecords.Read.Relay(var announcement) -> {
                    announcements.add(announcement);
                    positions.add(i);
                }
                case AnnouncementRecords.Read.Skip() -> skipped++;
                case AnnouncementRecords.Read.Malformed(var problem) -> {
                    failedFrom = i;
                    failure = "malformed announcement: " + problem;
                }
            }
        }

        int published = 0;
        int calls = 0;
        int offset = 0;
        for (List<Announcement> batch : PutEventsBatches.split(announcements)) {
            calls++;
            BatchOutcome outcome = publisher.publish(batch);
            if (outcome instanceof BatchOutcome.FailedFrom(var index, var reason)) {
                published += index;
                failedFrom = positions.get(offset + index);
                failure = reason;
                break;
            }
            published += batch.size();
            offset += batch.size();
        }

        List<String> retry = records.subList(failedFrom, records.size()).stream()
                .filter(r -> r.getDynamodb() != null)
                .map(r -> r.getDynamodb().getSequenceNumber())
                .toList();
        return new RelayReport(records.size(), published, skipped, calls, retry, failure);
    }
}
