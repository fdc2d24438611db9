package desk.local;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import desk.devkit.AsyncInvokeConfig;
import desk.devkit.LocalAws;
import desk.devkit.SamTemplate;

/**
 * Lambda's asynchronous invocation, as S3 and EventBridge invoke functions: the event is queued
 * and the caller goes on at once; the function runs it in one of its environments (concurrent
 * events in concurrent environments). A function error is retried as Lambda retries it, one
 * minute after the first attempt and two minutes after the second, at most the function's
 * {@code EventInvokeConfig.MaximumRetryAttempts} times (default 2) and while the event is younger
 * than its {@code MaximumEventAgeInSeconds} (default 6 hours); then the event goes to the
 * function's {@code OnFailure} destination, locally a line of {@code .local/async-failures.jsonl}
 * and of the log, in Lambda's destination record format. Without a destination Lambda discards
 * it; the log says so.
 *
 * <p>{@code speedUp} divides the retry delays: 1 except in tests.
 */
final class AsyncInvocations implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration[] RETRY_DELAYS = {Duration.ofMinutes(1), Duration.ofMinutes(2)};

    private final SamTemplate template;
    private final LocalFunctions functions;
    private final java.nio.file.Path failures;
    private final Clock clock;
    private final PrintStream log;
    private final long speedUp;
    private final ExecutorService running = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("desk-async-", 1).daemon(true).factory());
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("desk-async-retries").daemon(true).factory());

    AsyncInvocations(SamTemplate template, LocalFunctions functions, java.nio.file.Path failures, long speedUp, Clock clock,
                     PrintStream log) {
        this.template = template;
        this.functions = functions;
        this.failures = failures;
        this.speedUp = speedUp;
        this.clock = clock;
        this.log = log;
    }

    /**
     * Queues the event for the function, as Lambda's {@code Invoke} with {@code InvocationType=Event}
     * does (202 Accepted): it returns before the function runs.
     *
     * @param source what sent it, for the log ({@code s3:rawmailbucket}, {@code rule MailerFunction.Replies})
     * @throws RejectedExecutionException when this runtime is shutting down: the event was not accepted
     */
    void invoke(String functionLogicalId, String eventJson, String source) {
        AsyncInvokeConfig config = template.asyncInvokeConfig(functionLogicalId);
        Invocation invocation = new Invocation(functionLogicalId, UUID.randomUUID().toString(), eventJson, source, config,
                clock.instant());
        log.printf("ASYNC %s <- %s  RequestId: %s%n", functionLogicalId, source, invocation.requestId());
        running.execute(() -> attempt(invocation, 1));
    }

    private record Invocation(String functionLogicalId, String requestId, String eventJson, String source,
                              AsyncInvokeConfig config, Instant acceptedAt) {
    }

    private void attempt(Invocation invocation, int attempt) {
        try {
            functions.invokeJson(invocation.functionLogicalId(), invocation.eventJson());
            if (attempt > 1) {
                log.printf("ASYNC %s succeeded on attempt %d  RequestId: %s%n", invocation.functionLogicalId(), attempt,
                        invocation.requestId());
            }
        } catch (RuntimeException e) {
            failed(invocation, attempt, e);
        }
    }

    private void failed(Invocation invocation, int attempt, RuntimeException error) {
        log.printf("ASYNC %s attempt %d failed  RequestId: %s: %s%n", invocation.functionLogicalId(), attempt,
                invocation.requestId(), error);
        if (attempt > invocation.config().maximumRetryAttempts()) {
            giveUp(invocation, attempt, "RetriesExhausted", Optional.of(error));
            return;
        }
        Duration delay = RETRY_DELAYS[attempt - 1];
        Instant retryAt = clock.instant().plus(delay);
        if (retryAt.isAfter(invocation.acceptedAt().plusSeconds(invocation.config().maximumEventAgeSeconds()))) {
            giveUp(invocation, attempt, "EventAgeExceeded", Optional.of(error));
            return;
        }
        long millis = Math.max(1, delay.dividedBy(speedUp).toMillis());
        try {
            retries.schedule(() -> running.execute(() -> attempt(invocation, attempt + 1)), millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.printf("ASYNC %s not retried: the runtime is stopping  RequestId: %s (Lambda would retry it in %s)%n",
                    invocation.functionLogicalId(), invocation.requestId(), delay);
        }
    }

    /** Lambda's record for an asynchronous invocation's on-failure destination. */
    private void giveUp(Invocation invocation, int invocations, String condition, Optional<RuntimeException> error) {
        ObjectNode record = JSON.createObjectNode();
        record.put("version", "1.0");
        record.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        ObjectNode request = record.putObject("requestContext");
        request.put("requestId", invocation.requestId());
        request.put("functionArn", "arn:aws:lambda:" + LocalAws.REGION.id() + ":" + LocalAws.ACCOUNT_ID + ":function:"
                + invocation.functionLogicalId() + ":$LATEST");
        request.put("condition", condition);
        request.put("approximateInvokeCount", invocations);
        record.set("requestPayload", payload(invocation.eventJson()));
        ObjectNode response = record.putObject("responseContext");
        response.put("statusCode", 200);
        response.put("executedVersion", "$LATEST");
        response.put("functionError", "Unhandled");
        error.ifPresent(e -> {
            ObjectNode payload = record.putObject("responsePayload");
            payload.put("errorMessage", String.valueOf(e.getMessage()));
            payload.put("errorType", e.getClass().getName());
        });
        // Not in Lambda's record: what sent it, and where the cloud would have put this.
        record.put("eventSource", invocation.source());
        record.put("destination", invocation.config().onFailureDestination().orElse(null));
        if (invocation.config().onFailureDestination().isPresent()) {
            JsonLines.append(failures, record.toString());
            log.printf("ON FAILURE %s -> %s (%s): %s%n", invocation.functionLogicalId(),
                    invocation.config().onFailureDestination().get(), failures, record);
        } else {
            log.printf("DISCARDED %s after %d attempts (%s; the function has no EventInvokeConfig OnFailure destination): %s%n",
                    invocation.functionLogicalId(), invocations, condition, record);
        }
        log.flush();
    }

    private static JsonNode payload(String eventJson) {
        try {
            return JSON.readTree(eventJson);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(eventJson);
        }
    }

    /** Stops retrying, lets running invocations finish (up to 20 s). */
    @Override
    public void close() {
        retries.shutdownNow();
        running.shutdown();
        try {
            if (!running.awaitTermination(20, TimeUnit.SECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.shutdownNow();
        }
    }
}
