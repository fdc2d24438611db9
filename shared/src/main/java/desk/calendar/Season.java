package desk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A range of local dates, first and last included, with weekly hours of its own that replace the calendar's
 * week: summer hours from 1 July to 31 August. Public holidays, closing dates and date hours still apply inside.
 */
public record Season(String name, LocalDate first, LocalDate last, WeeklyHours hours) {

    public Season {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a season needs a name");
        }
        Objects.requireNonNull(first, "first date of season " + name);
        Objects.requireNonNull(last, "last date of season " + name);
        Objects.requireNonNull(hours, "hours of season " + name);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "season " + name + " must not end (" + last + ") before it starts (" + first + ")");
        }
    }

    public static Season between(String name, LocalDate first, LocalDate last, String weeklyHours) {
        return new Season(name, first, last, WeeklyHours.parse(weeklyHours));
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    boolean overlaps(Season other) {
        return !other.last.isBefore(first) && !last.isBefore(other.first);
    }
}
