package desk.devkit;

import java.util.Optional;

/**
 * An {@code EventBridgeRule} event of a function: a rule on a bus whose target is the function.
 * EventBridge hands each matching event to Lambda as an asynchronous invocation; the rule's
 * {@code RetryPolicy} and {@code DeadLetterConfig} cover only that hand-over (an event Lambda did
 * not accept), while a function error is retried by Lambda under the function's
 * {@link AsyncInvokeConfig}. Absent settings take EventBridge's defaults (185 attempts, 24 h).
 *
 * @param busName            the local name of the bus ({@code default} when none is named)
 * @param patternJson        the {@code Pattern}, as JSON text
 * @param input              the {@code Input} (constant JSON text sent instead of the event), if any
 * @param deadLetterQueue    the logical id behind {@code DeadLetterConfig.Arn}, or the {@code Type}
 *                           of one SAM creates, if any
 */
public record EventBridgeRuleSource(String functionLogicalId, String eventName, String busName, String patternJson,
                                    Optional<String> input, boolean enabled, int maximumRetryAttempts,
                                    int maximumEventAgeSeconds, Optional<String> deadLetterQueue) {

    public static final int DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 185;
    public static final int DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 86_400;

    /** Names this rule: one per function event, as SAM creates one rule each. */
    public String id() {
        return functionLogicalId + "." + eventName;
    }
}
