package desk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A whole local date on which the desk is closed beyond its weekly hours and public holidays. */
public record ClosingDate(LocalDate date, String reason) {

    public ClosingDate {
        Objects.requireNonNull(date, "date");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a closing date needs a reason, none given for " + date);
        }
    }

    public static ClosingDate on(LocalDate date, String reason) {
        return new ClosingDate(date, reason);
    }
}
