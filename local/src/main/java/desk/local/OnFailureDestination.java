package desk.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import desk.devkit.LocalAws;
import desk.devkit.StreamEventSource;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Where a stream batch goes when its retries are spent: Lambda sends its description (shard and
 * sequence numbers, not the records) to the event's {@code OnFailure} destination. Locally that
 * description is a line of {@code .local/relay-failures.jsonl} and of the log.
 */
final class OnFailureDestination {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;
    private final PrintStream log;

    OnFailureDestination(Path file, Clock clock, PrintStream log) {
        this.file = file;
        this.clock = clock;
        this.log = log;
    }

    /** @param condition {@code RetryAttemptsExhausted} or {@code RecordAgeExceeded}, as Lambda names them */
    void send(StreamEventSource source, String streamArn, String shardId, List<Record> batch, String condition,
              int invocations, Optional<String> functionError) {
        ObjectNode failure = JSON.createObjectNode();
        ObjectNode request = failure.putObject("requestContext");
        request.put("requestId", UUID.randomUUID().toString());
        request.put("functionArn", "arn:aws:lambda:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID + ":function:"
                + source.functionLogicalId());
        request.put("condition", condition);
        request.put("approximateInvokeCount", invocations);
        ObjectNode response = failure.putObject("responseContext");
        response.put("statusCode", 200);
        response.put("executedVersion", "$LATEST");
        functionError.ifPresent(error -> response.put("functionError", error));
        failure.put("version", "1.0");
        failure.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        ObjectNode info = failure.putObject("DDBStreamBatchInfo");
        info.put("shardId", shardId);
        info.put("startSequenceNumber", batch.getFirst().dynamodb().sequenceNumber());
        info.put("endSequenceNumber", batch.getLast().dynamodb().sequenceNumber());
        info.put("approximateArrivalOfFirstRecord", String.valueOf(batch.getFirst().dynamodb().approximateCreationDateTime()));
        info.put("approximateArrivalOfLastRecord", String.valueOf(batch.getLast().dynamodb().approximateCreationDateTime()));
        info.put("batchSize", batch.size());
        info.put("streamArn", streamArn);
        // Not in Lambda's record: which source gave up, and where the cloud would have sent it.
        failure.put("eventSource", source.id());
        failure.put("destination", source.onFailureDestination().orElse(null));

        if (source.onFailureDestination().isPresent()) {
            JsonLines.append(file, failure.toString());
            log.printf("ON FAILURE %s -> %s (%s): %s%n", source.id(), source.onFailureDestination().get(), file, failure);
        } else {
            log.printf("DISCARDED %s (no OnFailure destination): %s%n", source.id(), failure);
        }
        log.flush();
    }
}
