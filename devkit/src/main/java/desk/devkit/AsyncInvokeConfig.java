package desk.devkit;

import java.util.Optional;

/**
 * How Lambda treats a function's asynchronous invocations (S3 notifications, EventBridge rules):
 * its {@code EventInvokeConfig}, else Lambda's defaults: 2 retries, events kept 6 hours, no
 * destination (an event whose retries are spent is discarded).
 *
 * @param onFailureDestination the logical id behind {@code DestinationConfig.OnFailure.Destination}, if any
 */
public record AsyncInvokeConfig(int maximumRetryAttempts, int maximumEventAgeSeconds, Optional<String> onFailureDestination) {

    public static final int DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 2;
    public static final int DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 21_600;

    public AsyncInvokeConfig {
        if (maximumRetryAttempts < 0 || maximumRetryAttempts > 2) {
            throw new IllegalArgumentException("EventInvokeConfig.MaximumRetryAttempts must be 0 to 2, not " + maximumRetryAttempts);
        }
        if (maximumEventAgeSeconds < 60 || maximumEventAgeSeconds > 21_600) {
            throw new IllegalArgumentException("EventInvokeConfig.MaximumEventAgeInSeconds must be 60 to 21600, not "
                    + maximumEventAgeSeconds);
        }
    }
}
