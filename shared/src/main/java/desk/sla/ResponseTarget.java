package desk.sla;

import desk.calendar.BusinessTime;
import java.time.Duration;
import java.util.Objects;

/** What first-response promise a ticket carries, in business hours or business days of its account's calendar. */
public sealed interface ResponseTarget {

    /** The target's kind as stored and shown: CONTRACTUAL, CUSTOMER_SUCCESS or NONE. */
    default String code() {
        return switch (this) {
            case Contractual c -> "CONTRACTUAL";
            case CustomerSuccess c -> "CUSTOMER_SUCCESS";
            case NoContractualTarget n -> "NONE";
        };
    }

    /** The plan's support SLA: a response after {@code dueAt} is a breach. */
    record Contractual(BusinessTime businessTime) implements ResponseTarget {
        public Contractual {
            requirePositive(businessTime);
        }

        /** A target in business hours, the policy's way. */
        public Contractual(Duration businessHours) {
            this(positiveHours(businessHours));
        }
    }

    /** Customer Success's "one to three work days" for account requests: reported, never announced as a breach. */
    record CustomerSuccess(BusinessTime businessTime) implements ResponseTarget {
        public CustomerSuccess {
            requirePositive(businessTime);
        }

        /** A target in business hours, the policy's way. */
        public CustomerSuccess(Duration businessHours) {
            this(positiveHours(businessHours));
        }
    }

    /** Tracked and reported, never a breach: e.g. a ticket opened directly by an indirect account. */
    record NoContractualTarget(String reason) implements ResponseTarget {
        public NoContractualTarget {
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static BusinessTime positiveHours(Duration businessHours) {
        if (businessHours == null || businessHours.isNegative() || businessHours.isZero()) {
            throw new IllegalArgumentException("a response target is a positive business duration");
        }
        return BusinessTime.hours(businessHours);
    }

    private static void requirePositive(BusinessTime businessTime) {
        if (businessTime == null || businessTime.isZero()) {
            throw new IllegalArgumentException("a response target is a positive business duration");
        }
    }
}
