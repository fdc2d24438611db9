package desk.devkit;

import java.util.List;
import java.util.Optional;

/**
 * A {@code DynamoDB} event of a function: Lambda polling a table's stream for it. Absent settings
 * take Lambda's defaults (batch 100, no batching window, retries and record age unlimited: -1).
 *
 * @param tableLogicalId       the table whose {@code StreamArn} the event's {@code Stream} names
 * @param startingPosition     {@code TRIM_HORIZON} or {@code LATEST}
 * @param filterPatterns       the {@code FilterCriteria} patterns (JSON text); a record passing any one is delivered
 * @param onFailureDestination the logical id of the {@code DestinationConfig.OnFailure} resource, if any
 */
public record StreamEventSource(
        String functionLogicalId,
        String eventName,
        String tableLogicalId,
        String startingPosition,
        int batchSize,
        int maximumBatchingWindowSeconds,
        List<String> filterPatterns,
        boolean reportBatchItemFailures,
        boolean bisectBatchOnFunctionError,
        int maximumRetryAttempts,
        int maximumRecordAgeSeconds,
        Optional<String> onFailureDestination) {

    public StreamEventSource {
        filterPatterns = List.copyOf(filterPatterns);
    }

    /** Names this source's position: one per function event, as Lambda keeps one per event source mapping. */
    public String id() {
        return functionLogicalId + "." + eventName;
    }
}
