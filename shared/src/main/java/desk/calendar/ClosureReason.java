package desk.calendar;

import java.time.DayOfWeek;
import java.util.Objects;

/** Why the desk is closed for a whole local date. */
public sealed interface ClosureReason {

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
