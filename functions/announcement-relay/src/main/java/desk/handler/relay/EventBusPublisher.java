package desk.handler.relay;

import java.util.List;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** Puts one batch of announcements on the desk's bus; SDK errors end here as a {@link BatchOutcome}. */
@Singleton
class EventBusPublisher {

    private final EventBridgeClient client;
    private final String bus;

    EventBusPublisher(EventBridgeClient client, @Value("${desk.event-bus.name}") String bus) {
        this.client = client;
        this.bus = bus;
    }

    BatchOutcome publish(List<Announcement> batch) {
        PutEventsResponse response;
        try {
            response = client.putEvents(r -> r.entries(batch.stream().map(this::entry).toList()));
        } catch (SdkException e) { // the SDK has already retried what it considers retryable
            return new BatchOutcome.FailedFrom(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (response.failedEntryCount() == null || response.failedEntryCount() == 0) {
            return new BatchOutcome.AllPublished(batch.size());
        }
        List<PutEventsResultEntry> results = response.entries();
        for (int i = 0; i < results.size(); i++) {
            PutEventsResultEntry result = results.get(i);
            if (result.errorCode() != null) {
                return new BatchOutcome.FailedFrom(i, result.errorCode() + ": " + result.errorMessage());
            }
        }
        // A failure count without a failed entry: trust neither, publish the whole batch again.
        return new BatchOutcome.FailedFrom(0, response.failedEntryCount() + " entries failed without an error code");
    }

    private PutEventsRequestEntry entry(Announcement announcement) {
        return PutEventsRequestEntry.builder()
                .eventBusName(bus)
                .source(announcement.source())
                .detailType(announcement.detailType())
                .detail(announcement.detail())
                .time(announcement.occurredAt())
                .build();
    }
}
