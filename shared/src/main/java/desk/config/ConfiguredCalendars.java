package desk.config;

import desk.calendar.BusinessCalendar;
import desk.calendar.CalendarCatalog;
import desk.calendar.ClosingDate;
import desk.calendar.Holidays;
import desk.calendar.JollydayHolidays;
import desk.calendar.WeeklyHours;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The calendars of the configuration, built and checked once when a function starts. */
@Singleton
class ConfiguredCalendars implements CalendarCatalog {
    private final Map<String, BusinessCalendar> calendars;
    private final String defaultCalendarId;

    ConfiguredCalendars(List<CalendarDefinition> definitions, @Value("${desk.default-calendar}") String defaultCalendarId) {
        this.calendars = definitions.stream()
                .map(ConfiguredCalendars::build)
                .collect(Collectors.toUnmodifiableMap(BusinessCalendar::id, Function.identity()));
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
    public java.util.Collection<BusinessCalendar> all() {
        return calendars.values();
    }

    @Override
    public String defaultCalendarId() {
        return defaultCalendarId;
    }

    private static BusinessCalendar build(CalendarDefinition definition) {
        String where = "desk.calendars." + definition.getId();
        Holidays holidays = definition.getHolidayCountry() == null || definition.getHolidayCountry().isBlank()
                ? Holidays.none()
                : JollydayHolidays.of(definition.getHolidayCountry(), Optional.ofNullable(definition.getHolidaySubdivision()));
        List<ClosingDate> closures = definition.getExtraClosures().stream().map(text -> {
            String[] parts = text.strip().split(" ", 2);
            if (parts.length < 2) {
                throw new IllegalArgumentException(where + ".extra-closures: '" + text + "' is not '<date> <reason>'");
            }
            return new ClosingDate(LocalDate.parse(parts[0]), parts[1].strip());
        }).toList();
        return new BusinessCalendar(definition.getId(), require(where + ".version", definition.getVersion()),
                ZoneId.of(require(where + ".zone", definition.getZone())),
                WeeklyHours.parse(require(where + ".opening-hours", definition.getOpeningHours())),
                holidays, closures);
    }

    private static String require(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not configured");
        }
        return value;
    }
}
