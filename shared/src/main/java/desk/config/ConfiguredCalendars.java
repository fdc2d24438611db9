package desk.config;

import desk.calendar.BusinessCalendar;
import desk.calendar.CalendarCatalog;
import desk.calendar.ClosedPeriod;
import desk.calendar.ClosingDate;
import desk.calendar.DateHours;
import desk.calendar.Holidays;
import desk.calendar.JollydayHolidays;
import desk.calendar.OpeningWindow;
import desk.calendar.Season;
import desk.calendar.WeeklyHours;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The calendars of the configuration, built and checked once when a function starts. Every bad
 * entry of every calendar is named in one failure, so an operator fixes them in one go.
 */
@Singleton
class ConfiguredCalendars implements CalendarCatalog {
    private final Map<String, BusinessCalendar> calendars;
    private final String defaultCalendarId;

    ConfiguredCalendars(List<CalendarDefinition> definitions, @Value("${desk.default-calendar}") String defaultCalendarId) {
        var problems = new ArrayList<String>();
        var built = new LinkedHashMap<String, BusinessCalendar>();
        for (CalendarDefinition definition : definitions) {
            build(definition, problems).ifPresent(calendar -> built.put(calendar.id(), calendar));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the calendar configuration has " + problems.size()
                    + " bad entr" + (problems.size() == 1 ? "y" : "ies") + ":\n - " + String.join("\n - ", problems));
        }
        this.calendars = Map.copyOf(built);
        if (!calendars.containsKey(defaultCalendarId)) {
            throw new IllegalStateException("desk.default-calendar names " + defaultCalendarId
                    + ", which is not among the configured calendars " + calendars.keySet());
        }
        this.defaultCalendarId = defaultCalendarId;
    }

    @Override
    public Optional<BusinessCalendar> find(String calendarId) {
        return Optional.ofNullable(calendars.get(calendarId));
    }

    @Override
    public Collection<BusinessCalendar> all() {
        return calendars.values();
    }

    @Override
    public String defaultCalendarId() {
        return defaultCalendarId;
    }

    /** The calendar, or empty with each of its bad entries added to {@code problems}. */
    private static Optional<BusinessCalendar> build(CalendarDefinition definition, List<String> problems) {
        String where = "desk.calendars." + definition.getId();
        int before = problems.size();
        String version = entry(where + ".version", problems,
                () -> required(where + ".version", definition.getVersion(), problems));
        ZoneId zone = entry(where + ".zone", problems,
                () -> ZoneId.of(required(where + ".zone", definition.getZone(), problems)));
        WeeklyHours hours = entry(where + ".opening-hours", problems,
                () -> WeeklyHours.parse(required(where + ".opening-hours", definition.getOpeningHours(), problems)));
        Holidays holidays = definition.getHolidayCountry() == null || definition.getHolidayCountry().isBlank()
                ? Holidays.none()
                : entry(where + ".holiday-country", problems, () -> JollydayHolidays.of(
                        definition.getHolidayCountry(), Optional.ofNullable(definition.getHolidaySubdivision())));
        var closures = new ArrayList<ClosingDate>();
        for (String text : definition.getExtraClosures()) {
            ClosingDate closing = entry(where + ".extra-closures: '" + text + "'", problems, () -> {
                String[] parts = text.strip().split(" ", 2);
                if (parts.length < 2) {
                    throw new IllegalArgumentException("not '<date> <reason>'");
                }
                return new ClosingDate(LocalDate.parse(parts[0]), parts[1].strip());
            });
            add(closures, closing);
        }
        var dateHours = new ArrayList<DateHours>();
        definition.getDateHours().forEach((date, text) -> add(dateHours,
                entry(where + ".date-hours." + date + "='" + text + "'", problems, () -> {
                    NamedHours named = NamedHours.parse(text, "Christmas Eve: 08:00-14:00");
                    return DateHours.on(LocalDate.parse(date), named.name(), named.hours());
                })));
        var seasons = new ArrayList<Season>();
        definition.getSeasons().forEach((first, text) -> add(seasons,
                entry(where + ".seasons." + first + "='" + text + "'", problems, () -> {
                    NamedHours named = NamedHours.parse(text, "Summer hours: MON-FRI 08:00-15:00 until 2026-08-31");
                    int until = named.hours().lastIndexOf(" until ");
                    if (until < 0) {
                        throw new IllegalArgumentException("the hours must end with ' until <last date>'");
                    }
                    return Season.between(named.name(), LocalDate.parse(first),
                            LocalDate.parse(named.hours().substring(until + " until ".length()).strip()),
                            named.hours().substring(0, until));
                })));
        var closedPeriods = new ArrayList<ClosedPeriod>();
        definition.getClosedPeriods().forEach((date, text) -> {
            List<ClosedPeriod> periods = entry(where + ".closed-periods." + date + "='" + text + "'", problems, () -> {
                NamedHours named = NamedHours.parse(text, "All-hands meeting: 09:00-11:00");
                LocalDate day = LocalDate.parse(date);
                return OpeningWindow.parseAll(named.hours()).stream()
                        .map(period -> new ClosedPeriod(day, named.name(), period)).toList();
            });
            if (periods != null) {
                closedPeriods.addAll(periods);
            }
        });
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(entry(where, problems, () -> new BusinessCalendar(definition.getId(), version, zone,
                hours, holidays, closures, dateHours, seasons, closedPeriods)));
    }

    /** "Christmas Eve: 08:00-14:00": a name, a colon, hours (the last ": " separates them; times have no space). */
    private record NamedHours(String name, String hours) {
        static NamedHours parse(String text, String example) {
            int colon = text == null ? -1 : text.lastIndexOf(": ");
            if (colon <= 0 || text.substring(colon + 2).isBlank()) {
                throw new IllegalArgumentException("expected '<name>: <hours>', like '" + example + "'");
            }
            return new NamedHours(text.substring(0, colon).strip(), text.substring(colon + 2).strip());
        }
    }

    private static <T> void add(List<T> to, T item) {
        if (item != null) {
            to.add(item);
        }
    }

    /** The entry's value, or null with the reason it is bad added to {@code problems}. */
    private static <T> T entry(String property, List<String> problems, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | DateTimeException bad) {
            problems.add(property + ": " + bad.getMessage());
            return null;
        } catch (MissingValue missing) {
            return null;
        }
    }

    private static String required(String property, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            if (!problems.contains(property + " is not configured")) {
                problems.add(property + " is not configured");
            }
            throw new MissingValue();
        }
        return value;
    }

    /** A required value that is absent, already reported: stops building that value only. */
    private static final class MissingValue extends RuntimeException {
        MissingValue() {
            super(null, null, false, false);
        }
    }
}
