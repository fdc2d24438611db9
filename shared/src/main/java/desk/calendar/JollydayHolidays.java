package desk.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The official public holidays of a country, or of one of its subdivisions (which then include the national
 * ones), as jollyday knows them; names are in English. Bank holidays and observances do not close the desk.
 *
 * <p>Each year's holidays are computed once and kept, since deadlines are computed per ticket and in sweeps;
 * instances are safe to share between threads. Two instances are equal when they name the same place.
 */
public final class JollydayHolidays implements Holidays {

    private final String country;
    private final Optional<String> subdivision;
    private final HolidayManager manager;
    private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    private JollydayHolidays(String country, Optional<String> subdivision, HolidayManager manager) {
        this.country = country;
        this.subdivision = subdivision;
        this.manager = manager;
    }

    /**
     * @param isoCountry  ISO 3166-1 alpha-2 code, e.g. "ES"
     * @param subdivision jollyday's code of a region within the country, e.g. "md" for Madrid, or empty for the
     *                    national holidays only
     */
    public static JollydayHolidays of(String isoCountry, Optional<String> subdivision) {
        if (isoCountry == null || isoCountry.isBlank()) {
            throw new IllegalArgumentException("a holiday source needs a country code");
        }
        Objects.requireNonNull(subdivision, "subdivision (use Optional.empty() for national holidays only)");
        String country = isoCountry.strip().toUpperCase(Locale.ROOT);
        if (!HolidayManager.getSupportedCalendarCodes().contains(country)) {
            throw new IllegalArgumentException("jollyday knows no holidays for country '" + isoCountry + "'");
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
        Optional<String> region = subdivision.map(code -> code.strip().toLowerCase(Locale.ROOT));
        region.ifPresent(code -> {
            if (!manager.getCalendarHierarchy().getChildren().containsKey(code)) {
                throw new IllegalArgumentException("jollyday knows no subdivision '" + code + "' of " + country
                        + "; known: " + manager.getCalendarHierarchy().getChildren().keySet());
            }
        });
        return new JollydayHolidays(country, region, manager);
    }

    public String country() {
        return country;
    }

    public Optional<String> subdivision() {
        return subdivision;
    }

    @Override
    public Optional<String> on(LocalDate date) {
        return Optional.ofNullable(holidaysByYear.computeIfAbsent(date.getYear(), this::load).get(date));
    }

    private Map<LocalDate, String> load(int year) {
        String[] regions = subdivision.stream().toArray(String[]::new);
        // getDate() is the date the holiday is observed on, which is the day the desk closes.
        return manager.getHolidays(Year.of(year), regions).stream()
                .filter(holiday -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY)
                .sorted(Comparator.comparing(Holiday::getDate).thenComparing(Holiday::getPropertiesKey))
                .collect(Collectors.toUnmodifiableMap(
                        Holiday::getDate,
                        holiday -> holiday.getDescription(Locale.ENGLISH),
                        // Two holidays on one date (national and regional) keep both names.
                        (first, second) -> first.equals(second) ? first : first + " / " + second));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JollydayHolidays that
                && country.equals(that.country)
                && subdivision.equals(that.subdivision);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, subdivision);
    }

    @Override
    public String toString() {
        return "public holidays of " + country + subdivision.map(code -> "-" + code).orElse("");
    }
}
