package desk.local;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;

import desk.devkit.StreamEventSource;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Hands one batch to the function until every record is taken or given up on, with the event
 * source's settings as Lambda applies them: batch item failures retry from the lowest reported
 * record, a function error halves the batch when {@code BisectBatchOnFunctionError} is on, and
 * past {@code MaximumRetryAttempts} or {@code MaximumRecordAgeInSeconds} the rest goes to the
 * on-failure destination. Locally one retry budget covers the batch and its halves.
 */
final class BatchDelivery {

    private sealed interface Outcome {
        record Taken() implements Outcome {
        }

        /** Records from {@code index} on must come again. */
        record FailedFrom(int index, boolean functionError, String reason) implements Outcome {
        }
    }

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);

    private final StreamEventSource source;
    private final String streamArn;
    private final StreamRecordEvents events;
    private final LocalFunctions functions;
    private final OnFailureDestination destination;
    private final Clock clock;
    private final PrintStream log;

    BatchDelivery(StreamEventSource source, String streamArn, StreamRecordEvents events, LocalFunctions functions,
                  OnFailureDestination destination, Clock clock, PrintStream log) {
        this.source = source;
        this.streamArn = streamArn;
        this.events = events;
        this.functions = functions;
        this.destination = destination;
        this.clock = clock;
        this.log = log;
    }

    /** @return false when stopped before the batch was done: it must not be checkpointed */
    boolean deliver(String shardId, List<Record> batch, BooleanSupplier running) throws InterruptedException {
        Deque<List<Record>> parts = new ArrayDeque<>();
        parts.push(batch);
        int retries = 0;
        while (!parts.isEmpty()) {
            if (!running.getAsBoolean()) {
                return false;
            }
            List<Record> part = parts.pop();
            if (!(invoke(part) instanceof Outcome.FailedFrom(var index, var functionError, var reason))) {
                continue;
            }
            List<Record> rest = part.subList(index, part.size());
            retries++;
            log.printf("%s: %d records failed from %s (%s)%n", source.id(), rest.size(),
                    rest.getFirst().dynamodb().sequenceNumber(), reason);
            Optional<String> givenUp = retriesExhausted(retries) ? Optional.of("RetryAttemptsExhausted")
                    : tooOld(rest.getFirst()) ? Optional.of("RecordAgeExceeded") : Optional.empty();
            if (givenUp.isPresent()) {
                destination.send(source, streamArn, shardId, rest, givenUp.get(), retries,
                        functionError ? Optional.of("Unhandled") : Optional.empty());
                continue;
            }
            if (functionError && source.bisectBatchOnFunctionError() && rest.size() > 1) {
                int half = rest.size() / 2;
                parts.push(rest.subList(half, rest.size()));
                parts.push(rest.subList(0, half));
            } else {
                parts.push(rest);
            }
            Thread.sleep(backoff(retries).toMillis());
        }
        return true;
    }

    private Outcome invoke(List<Record> part) {
        Object response;
        try {
            response = functions.invoke(source.functionLogicalId(), events.event(part));
        } catch (RuntimeException e) {
            return new Outcome.FailedFrom(0, true, e.toString());
        }
        if (!source.reportBatchItemFailures() || !(response instanceof StreamsEventResponse streamsResponse)
                || streamsResponse.getBatchItemFailures() == null || streamsResponse.getBatchItemFailures().isEmpty()) {
            return new Outcome.Taken();
        }
        List<String> sequenceNumbers = part.stream().map(r -> r.dynamodb().sequenceNumber()).toList();
        int lowest = part.size();
        for (BatchItemFailure failure : streamsResponse.getBatchItemFailures()) {
            int index = sequenceNumbers.indexOf(failure.getItemIdentifier());
            if (index < 0) { // Lambda takes an unknown or empty identifier as the whole batch failing
                return new Outcome.FailedFrom(0, false, "batch item failure " + failure.getItemIdentifier() + " is not in the batch");
            }
            lowest = Math.min(lowest, index);
        }
        return new Outcome.FailedFrom(lowest, false, streamsResponse.getBatchItemFailures().size() + " batch item failures");
    }

    private boolean retriesExhausted(int retries) {
        return source.maximumRetryAttempts() >= 0 && retries > source.maximumRetryAttempts();
    }

    private boolean tooOld(Record first) {
        Instant created = first.dynamodb().approximateCreationDateTime();
        return source.maximumRecordAgeSeconds() >= 0 && created != null
                && created.plusSeconds(source.maximumRecordAgeSeconds()).isBefore(clock.instant());
    }

    private static Duration backoff(int retries) {
        Duration delay = Duration.ofMillis(100L * retries);
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
