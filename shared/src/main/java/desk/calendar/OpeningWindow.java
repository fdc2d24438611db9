package desk.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A half-open range of local wall-clock time {@code [opens, closes)} within one day.
 * A {@code closes} of 00:00 means midnight at the end of the day (written "24:00"), so a desk can stay open
 * until the day ends; otherwise {@code opens} must come before {@code closes}: windows never run overnight.
 */
public record OpeningWindow(LocalTime opens, LocalTime closes) {

    public OpeningWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
            throw new IllegalArgumentException(
                    "an opening window must open before it closes (no overnight windows), got " + opens + "-" + closes);
        }
    }

    public static OpeningWindow between(LocalTime opens, LocalTime closes) {
        return new OpeningWindow(opens, closes);
    }

    /** Whether this window stays open until the day ends. */
    public boolean closesAtMidnight() {
        return closes.equals(LocalTime.MIDNIGHT);
    }

    /** Whether the two windows share any time; windows that merely touch do not. */
    boolean overlaps(OpeningWindow other) {
        return opens.isBefore(other.closesOrEndOfDay()) && other.opens.isBefore(closesOrEndOfDay());
    }

    Instant opensOn(LocalDate date, ZoneId zone) {
        return ZonedDateTime.of(date, opens, zone).toInstant();
    }

    Instant closesOn(LocalDate date, ZoneId zone) {
        return closesAtMidnight()
                ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant()
                : ZonedDateTime.of(date, closes, zone).toInstant();
    }

    // LocalTime has no 24:00; the last representable instant of the day orders the same way for comparisons.
    private LocalTime closesOrEndOfDay() {
        return closesAtMidnight() ? LocalTime.MAX : closes;
    }

    @Override
    public String toString() {
        return opens + "-" + (closesAtMidnight() ? "24:00" : closes.toString());
    }
}
