package desk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of one local date during which the desk is closed although its hours say open: an all-hands meeting
 * from 09:00 to 11:00. Half-open like an opening window; the rest of the day keeps its hours.
 */
public record ClosedPeriod(LocalDate date, String name, OpeningWindow period) {

    public ClosedPeriod {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the closed period on " + date + " needs a name");
        }
        Objects.requireNonNull(period, "period of " + name + " on " + date);
    }

    /** @param period text like {@code "09:00-11:00"} */
    public static ClosedPeriod on(LocalDate date, String name, String period) {
        var windows = OpeningWindow.parseAll(period);
        if (windows.size() != 1) {
            throw new IllegalArgumentException("a closed period is one range like '09:00-11:00', got '" + period + "'");
        }
        return new ClosedPeriod(date, name, windows.getFirst());
    }

    /** "All-hands meeting: closed 09:00-11:00". */
    public String describe() {
        return name + ": closed " + period;
    }
}
