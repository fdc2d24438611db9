package desk.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** A source of public holidays; each holiday closes a whole local date. */
@FunctionalInterface
public interface Holidays {

    /** The name of the holiday on that date, if it is one. */
    Optional<String> on(LocalDate date);

    static Holidays none() {
        return NoHolidays.INSTANCE;
    }

    /** An enum so that calendars without holidays compare equal and print readably. */
    enum NoHolidays implements Holidays {
        INSTANCE;

        @Override
        public Optional<String> on(LocalDate date) {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "no public holidays";
        }
    }
}
