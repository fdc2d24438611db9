package desk.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

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

    /** Reads {@code "08:00-14:00"} or {@code "08:00-14:00,15:00-18:00"} ("24:00" closes at midnight). */
    public static List<OpeningWindow> parseAll(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("opening windows text is empty");
        }
        return WeeklyHours.parseWindows(text, text);
    }

    /** "08:00-14:00,15:00-18:00", the text {@link #parseAll} reads. */
    public static String format(List<OpeningWindow> windows) {
        var text = new StringJoiner(",");
        windows.forEach(window -> text.add(window.toString()));
        return text.toString();
    }

    /** The windows in order, refused when two of them share time (named by {@code where}). */
    static List<OpeningWindow> sortedWithoutOverlap(List<OpeningWindow> windows, String where) {
        List<OpeningWindow> ordered = windows.stream()
                .map(window -> Objects.requireNonNull(window, "window of " + where))
                .sorted(Comparator.comparing(OpeningWindow::opens))
                .toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i - 1).overlaps(ordered.get(i))) {
                throw new IllegalArgumentException("opening windows of " + where + " overlap: "
                        + ordered.get(i - 1) + " and " + ordered.get(i));
            }
        }
        return ordered;
    }

    /**
     * What is left of this window once {@code closed} is taken out: none, one or two windows. Done on wall-clock
     * times, like the windows themselves, so a closed period and an opening at the same local time meet exactly.
     */
    List<OpeningWindow> minus(OpeningWindow closed) {
        long from = opens.toNanoOfDay();
        long to = closesNanoOfDay();
        long closedFrom = closed.opens.toNanoOfDay();
        long closedTo = closed.closesNanoOfDay();
        if (closedTo <= from || closedFrom >= to) {
            return List.of(this);
        }
        var left = new ArrayList<OpeningWindow>(2);
        if (closedFrom > from) {
            left.add(new OpeningWindow(opens, closed.opens));
        }
        if (closedTo < to) {
            left.add(new OpeningWindow(closed.closes, closes));
        }
        return left;
    }

    private long closesNanoOfDay() {
        return closesAtMidnight() ? Duration.ofDays(1).toNanos() : closes.toNanoOfDay();
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
