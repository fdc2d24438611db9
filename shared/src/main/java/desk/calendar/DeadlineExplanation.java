package desk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a deadline was reached: the pieces of opening windows that were counted, in order, summing to
 * {@code target}, the whole closed local dates passed over between the start's date and the due date, and the
 * dates counted on whose hours were not the week's, with why (a short day, a season, a closed period).
 */
public record DeadlineExplanation(
        Instant start, Duration target, Instant dueAt, List<CountedInterval> counted, List<SkippedDay> skipped,
        List<SpecialHours> specialHours) {

    /** An explanation in which every date counted on kept the week's hours. */
    public DeadlineExplanation(
            Instant start, Duration target, Instant dueAt, List<CountedInterval> counted, List<SkippedDay> skipped) {
        this(start, target, dueAt, counted, skipped, List.of());
    }

    public DeadlineExplanation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(dueAt, "dueAt");
        if (dueAt.isBefore(start)) {
            throw new IllegalArgumentException("a deadline " + dueAt + " cannot come before its start " + start);
        }
        counted = List.copyOf(counted);
        skipped = List.copyOf(skipped);
        specialHours = List.copyOf(specialHours);
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

    /** A date time was counted on whose hours were its own: "Christmas Eve: open 08:00-14:00". */
    public record SpecialHours(LocalDate date, String why) {
        public SpecialHours {
            Objects.requireNonNull(date, "date");
            if (why == null || why.isBlank()) {
                throw new IllegalArgumentException("special hours on " + date + " need a why");
            }
        }
    }
}
