package desk.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import desk.devkit.EventBridgeRuleSource;
import desk.devkit.SamTemplate;
import desk.devkit.eventbridge.BusEvent;
import desk.devkit.eventbridge.BusEventListener;

/**
 * The template's {@code EventBridgeRule} events on the local EventBridge: every event the bus
 * accepts that an enabled rule on its bus matches (the rule's {@code Pattern} applied to the
 * envelope) goes to the rule's function as EventBridge sends it, the envelope (or the rule's
 * {@code Input}), as an asynchronous invocation; Lambda's retries then apply ({@link AsyncInvocations}).
 *
 * <p>The rule's {@code RetryPolicy} and {@code DeadLetterConfig} cover the hand-over only, as in
 * EventBridge: when Lambda does not accept the event (here: the runtime is stopping), it is tried
 * again with back-off while attempts and age allow, then written to
 * {@code .local/rule-dead-letters.jsonl} with the error attributes EventBridge adds.
 */
final class EventBridgeRules implements BusEventListener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Rule(EventBridgeRuleSource source, EventPattern pattern) {
    }

    private final List<Rule> rules;
    private final AsyncInvocations invocations;
    private final Path deadLetters;
    private final long speedUp;
    private final Clock clock;
    private final PrintStream log;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("desk-rule-retries").daemon(true).factory());

    /** Reads every rule's pattern first, so a pattern this runtime cannot apply stops the start. */
    EventBridgeRules(SamTemplate template, AsyncInvocations invocations, Path deadLetters, long speedUp, Clock clock,
                     PrintStream log) {
        this.rules = template.eventBridgeRules().stream().map(source -> {
            try {
                return new Rule(source, EventPattern.parse(source.patternJson()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Rule " + source.id() + ": " + e.getMessage(), e);
            }
        }).toList();
        this.invocations = invocations;
        this.deadLetters = deadLetters;
        this.speedUp = speedUp;
        this.clock = clock;
        this.log = log;
    }

    List<EventBridgeRuleSource> sources() {
        return rules.stream().map(Rule::source).toList();
    }

    @Override
    public void published(BusEvent event) {
        ObjectNode envelope = event.envelope();
        for (Rule rule : rules) {
            if (rule.source().enabled() && rule.source().busName().equals(event.bus()) && rule.pattern().matches(envelope)) {
                String payload = rule.source().input().orElse(envelope.toString());
                handOver(rule.source(), event, payload, 1, clock.instant());
            }
        }
    }

    private void handOver(EventBridgeRuleSource rule, BusEvent event, String payload, int attempt, Instant firstTry) {
        try {
            invocations.invoke(rule.functionLogicalId(), payload, "rule " + rule.id() + " (event " + event.id() + ")");
        } catch (RejectedExecutionException e) {
            // EventBridge backs off exponentially between attempts.
            Duration delay = Duration.ofSeconds(Math.min(60, 1L << Math.min(attempt - 1, 6)));
            boolean expired = clock.instant().plus(delay).isAfter(firstTry.plusSeconds(rule.maximumEventAgeSeconds()));
            if (attempt > rule.maximumRetryAttempts() || expired) {
                deadLetter(rule, event, payload, attempt, expired ? "MAXIMUM_EVENT_AGE_EXCEEDED" : "RETRIES_EXHAUSTED", e);
                return;
            }
            try {
                retries.schedule(() -> handOver(rule, event, payload, attempt + 1, firstTry),
                        Math.max(1, delay.dividedBy(speedUp).toMillis()), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                deadLetter(rule, event, payload, attempt, "RETRIES_EXHAUSTED", e);
            }
        }
    }

    /** The event as the dead-letter queue gets it, with the attributes EventBridge adds to say why. */
    private void deadLetter(EventBridgeRuleSource rule, BusEvent event, String payload, int attempts, String errorCode,
                            RuntimeException error) {
        ObjectNode letter = JSON.createObjectNode();
        letter.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
        letter.put("rule", rule.id());
        ObjectNode attributes = letter.putObject("messageAttributes");
        attributes.put("RULE_ARN", "arn:aws:events:" + desk.devkit.LocalAws.REGION.id() + ":" + desk.devkit.LocalAws.ACCOUNT_ID
                + ":rule/" + rule.busName() + "/" + rule.id());
        attributes.put("TARGET_ARN", "arn:aws:lambda:" + desk.devkit.LocalAws.REGION.id() + ":" + desk.devkit.LocalAws.ACCOUNT_ID
                + ":function:" + rule.functionLogicalId());
        attributes.put("ERROR_CODE", errorCode);
        attributes.put("ERROR_MESSAGE", String.valueOf(error.getMessage()));
        attributes.put("RETRY_ATTEMPTS", attempts - 1);
        letter.put("body", payload);
        letter.put("eventId", event.id());
        if (rule.deadLetterQueue().isPresent()) {
            JsonLines.append(deadLetters, letter.toString());
            log.printf("DEAD LETTER %s -> %s (%s): %s%n", rule.id(), rule.deadLetterQueue().get(), deadLetters, letter);
        } else {
            log.printf("DROPPED by rule %s (no DeadLetterConfig): %s%n", rule.id(), letter);
        }
        log.flush();
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
