package desk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a deadline was reached: the pieces of opening windows that were counted, in order, summing to
 * {@code target}, and the whole closed local dates passed over between the start's date and the due date.
 */
public record DeadlineExplanation(
        Instant start, Duration target, Instant dueAt, List<CountedInterval> counted, List<SkippedDay> skipped) {

    public DeadlineExplanation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dueAt, "dueAt");
        if (dueAt.isBefore(start)) {
            throw new IllegalArgumentException("a deadline " + dueAt + " cannot come before its start " + start);
        }
        counted = List.copyOf(counted);
        skipped = List.copyOf(skipped);
    }

    /** A piece of an opening window that counted towards the target: {@code [from, to)}. */
    public record CountedInterval(Instant from, Instant to) {
        public CountedInterval {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a counted interval must end after it starts: " + from + "-" + to);
            }
        }

        public Duration duration() {
            return Duration.between(from, to);
        }
    }

    /** A whole local date on which no time was counted because the desk was closed. */
    public record SkippedDay(LocalDate date, ClosureReason reason) {
        public SkippedDay {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
