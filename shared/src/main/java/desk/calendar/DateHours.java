package desk.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Hours of one local date that replace the week's (or a season's) hours on that date: a short day, an extended
 * day, or opening on a day the week keeps closed. The name explains the day ("Christmas Eve: open 08:00-14:00").
 * A date with no opening at all is a {@link ClosingDate}, not date hours.
 */
public record DateHours(LocalDate date, String name, List<OpeningWindow> windows) {

    public DateHours {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the hours of " + date + " need a name");
        }
        Objects.requireNonNull(windows, "windows of " + date);
        if (windows.isEmpty()) {
            throw new IllegalArgumentException(
                    "the hours of " + date + " (" + name + ") need a window; a date without one is a closing date");
        }
        windows = OpeningWindow.sortedWithoutOverlap(windows, date.toString());
    }

    /** @param windows text like {@code "08:00-14:00"} or {@code "08:00-14:00,15:00-20:00"} */
    public static DateHours on(LocalDate date, String name, String windows) {
        return new DateHours(date, name, OpeningWindow.parseAll(windows));
    }

    /** "Christmas Eve: open 08:00-14:00". */
    public String describe() {
        return name + ": open " + OpeningWindow.format(windows);
    }
}
