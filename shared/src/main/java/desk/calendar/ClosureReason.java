package desk.calendar;

import java.time.DayOfWeek;
import java.util.Objects;

/** Why the desk is closed for a whole local date. */
public sealed interface ClosureReason {

    /** The reason's kind as stored and shown: WEEKEND, PUBLIC_HOLIDAY or EXTRA_CLOSURE. */
    default String code() {
        return switch (this) {
            case Weekend w -> "WEEKEND";
            case PublicHoliday h -> "PUBLIC_HOLIDAY";
            case ExtraClosure c -> "EXTRA_CLOSURE";
        };
    }

    /** The weekday, the holiday's name or the closure's reason. */
    default String detail() {
        return switch (this) {
            case Weekend(DayOfWeek day) -> day.name();
            case PublicHoliday(String name) -> name;
            case ExtraClosure(String reason) -> reason;
        };
    }

    /** The reason {@link #code()} and {@link #detail()} describe. */
    static ClosureReason of(String code, String detail) {
        return switch (code) {
            case "WEEKEND" -> new Weekend(DayOfWeek.valueOf(detail));
            case "PUBLIC_HOLIDAY" -> new PublicHoliday(detail);
            case "EXTRA_CLOSURE" -> new ExtraClosure(detail);
            default -> throw new IllegalArgumentException("unknown closure reason " + code);
        };
    }

    /** A day of the week with no opening hours at all. */
    record Weekend(DayOfWeek day) implements ClosureReason {
        public Weekend {
            Objects.requireNonNull(day, "day");
        }
    }

    record PublicHoliday(String name) implements ClosureReason {
        public PublicHoliday {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a public holiday needs a name");
            }
        }
    }

    record ExtraClosure(String reason) implements ClosureReason {
        public ExtraClosure {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("an extra closure needs a reason");
            }
        }
    }
}
