package desk.handler.relay;

import java.util.List;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;

/**
 * What one invocation did: counts for its log line, and the records Lambda must deliver again.
 *
 * @param failedSequenceNumbers the first failed record and every record after it, in stream order
 * @param failure               why the first failed record failed; null when none did
 */
record RelayReport(int records, int published, int skipped, int putEventsCalls, List<String> failedSequenceNumbers,
                   String failure) {

    RelayReport {
        failedSequenceNumbers = List.copyOf(failedSequenceNumbers);
    }

    /** The one log line of the invocation. */
    String summary() {
        String line = "announcement-relay: %d records, %d published in %d PutEvents calls, %d skipped, %d to retry"
                .formatted(records, published, putEventsCalls, skipped, failedSequenceNumbers.size());
        return failure == null ? line : line + " from " + failedSequenceNumbers.getFirst() + " (" + failure + ")";
    }

    /** Lambda resumes the shard from the lowest sequence number reported here. */
    StreamsEventResponse response() {
        return new StreamsEventResponse(failedSequenceNumbers.stream().map(BatchItemFailure::new).toList());
    }
}
