package desk.calendar;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of business time, counted one of two explicit ways: business hours (open time, e.g. 10 business
 * hours) or business days (the same local time on the Nth next open date, then the next open moment). Written as
 * ISO-8601 text: {@code PT10H} is hours, {@code P1D} is days; the two never mix.
 */
public sealed interface BusinessTime {

    Pattern DAYS = Pattern.compile("P(\\d+)D");

    static BusinessTime hours(Duration time) {
        return new Hours(time);
    }

    static BusinessTime days(int days) {
        return new Days(days);
    }

    /** {@code PT10H} (hours, any ISO duration without days) or {@code P1D} (whole business days). */
    static BusinessTime parse(String text) {
        Objects.requireNonNull(text, "business time text");
        String trimmed = text.strip();
        var days = DAYS.matcher(trimmed);
        if (days.matches()) {
            return new Days(Integer.parseInt(days.group(1)));
        }
        if (!trimmed.startsWith("PT")) {
            throw new IllegalArgumentException("business time is hours like 'PT10H' or days like 'P1D', got '" + text + "'");
        }
        try {
            return new Hours(Duration.parse(trimmed));
        } catch (DateTimeParseException notADuration) {
            throw new IllegalArgumentException("business time is hours like 'PT10H' or days like 'P1D', got '" + text + "'",
                    notADuration);
        }
    }

    /** Whether no business time at all is asked for. */
    default boolean isZero() {
        return switch (this) {
            case Hours(Duration time) -> time.isZero();
            case Days(int days) -> days == 0;
        };
    }

    /** Open time counted in hours, minutes and seconds. */
    record Hours(Duration time) implements BusinessTime {
        public Hours {
            Objects.requireNonNull(time, "time");
            if (time.isNegative()) {
                throw new IllegalArgumentException("business hours must not be negative, got " + time);
            }
        }

        @Override
        public String toString() {
            return time.toString();
        }
    }

    /** Whole business days. */
    record Days(int days) implements BusinessTime {
        public Days {
            if (days < 0) {
                throw new IllegalArgumentException("business days must not be negative, got " + days);
            }
        }

        @Override
        public String toString() {
            return "P" + days + "D";
        }
    }
}
