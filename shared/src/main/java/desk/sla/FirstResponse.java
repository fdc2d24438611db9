package desk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The response that stopped a ticket's first-response clock: when support answered, how much
 * business time of the ticket's calendar had passed since receipt, which message and who wrote it.
 */
public record FirstResponse(Instant at, Duration businessResponseTime, String messageId, String respondent) {
    public FirstResponse {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(businessResponseTime, "businessResponseTime");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(respondent, "respondent");
        if (businessResponseTime.isNegative()) {
            throw new IllegalArgumentException("a business response time is never negative");
        }
    }

    /** Earlier in time; between responses of the same instant, the smaller message id, so racing writers agree on one. */
    public boolean isEarlierThan(FirstResponse other) {
        int byTime = at.compareTo(other.at);
        return byTime < 0 || byTime == 0 && messageId.compareTo(other.messageId) < 0;
    }
}
