package desk.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The opening windows of each day of the week, sorted and non-overlapping; a day without windows is closed.
 * Written as text like {@code "MON-THU 08:00-14:00,15:00-18:00; FRI 08:00-15:00"}.
 */
public record WeeklyHours(Map<DayOfWeek, List<OpeningWindow>> windows) {

    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

    public WeeklyHours {
        Objects.requireNonNull(windows, "windows");
        var sorted = new EnumMap<DayOfWeek, List<OpeningWindow>>(DayOfWeek.class);
        windows.forEach((day, dayWindows) -> {
            Objects.requireNonNull(day, "day of week");
            Objects.requireNonNull(dayWindows, "windows of " + day);
            List<OpeningWindow> ordered = OpeningWindow.sortedWithoutOverlap(dayWindows, day.toString());
            if (!ordered.isEmpty()) {
                sorted.put(day, ordered);
            }
        });
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("weekly hours need at least one opening window in the week");
        }
        windows = Map.copyOf(sorted);
    }

    public static WeeklyHours of(Map<DayOfWeek, List<OpeningWindow>> windows) {
        return new WeeklyHours(windows);
    }

    /**
     * Reads text like {@code "MON-FRI 08:00-18:00"} or {@code "MON-THU 08:00-14:00,15:00-18:00; FRI 08:00-15:00"}:
     * groups separated by ';', each a day, a day range or a comma-separated list of those, then its windows
     * separated by ','. "24:00" closes at midnight. Days not mentioned are closed; a day may appear only once.
     */
    public static WeeklyHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("weekly hours text is empty");
        }
        var windows = new EnumMap<DayOfWeek, List<OpeningWindow>>(DayOfWeek.class);
        for (String group : text.split(";", -1)) {
            String[] daysAndWindows = group.strip().split("\\s+", 2);
            if (daysAndWindows.length != 2) {
                throw new IllegalArgumentException("expected days then windows, like 'MON-FRI 08:00-18:00', got '"
                        + group.strip() + "' in '" + text + "'");
            }
            List<OpeningWindow> groupWindows = parseWindows(daysAndWindows[1], text);
            for (DayOfWeek day : parseDays(daysAndWindows[0], text)) {
                if (windows.put(day, groupWindows) != null) {
                    throw new IllegalArgumentException(day + " is given more than once in '" + text + "'");
                }
            }
        }
        return new WeeklyHours(windows);
    }

    public List<OpeningWindow> windowsOn(DayOfWeek day) {
        return windows.getOrDefault(day, List.of());
    }

    /** The text {@link #parse} reads, with consecutive days of equal hours written as a range. */
    public String format() {
        var groups = new StringJoiner("; ");
        DayOfWeek[] days = DayOfWeek.values();
        for (int first = 0; first < days.length; ) {
            List<OpeningWindow> hours = windowsOn(days[first]);
            int last = first;
            while (last + 1 < days.length && windowsOn(days[last + 1]).equals(hours)) {
                last++;
            }
            if (!hours.isEmpty()) {
                String range = first == last ? abbreviation(days[first])
                        : abbreviation(days[first]) + "-" + abbreviation(days[last]);
                var windowText = new StringJoiner(",");
                hours.forEach(window -> windowText.add(window.toString()));
                groups.add(range + " " + windowText);
            }
            first = last + 1;
        }
        return groups.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static List<DayOfWeek> parseDays(String text, String whole) {
        var days = new ArrayList<DayOfWeek>();
        for (String part : text.split(",")) {
            String[] range = part.split("-", -1);
            if (range.length > 2) {
                throw new IllegalArgumentException("bad day range '" + part + "' in '" + whole + "'");
            }
            DayOfWeek from = parseDay(range[0], whole);
            DayOfWeek to = range.length == 2 ? parseDay(range[1], whole) : from;
            if (to.compareTo(from) < 0) {
                throw new IllegalArgumentException(
                        "day range '" + part + "' must run forward from MON to SUN in '" + whole + "'");
            }
            for (int day = from.getValue(); day <= to.getValue(); day++) {
                days.add(DayOfWeek.of(day));
            }
        }
        return days;
    }

    private static DayOfWeek parseDay(String text, String whole) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (abbreviation(day).equals(wanted)) {
                return day;
            }
        }
        throw new IllegalArgumentException(
                "unknown day '" + text.strip() + "' in '" + whole + "'; use MON, TUE, WED, THU, FRI, SAT or SUN");
    }

    static List<OpeningWindow> parseWindows(String text, String whole) {
        var windows = new ArrayList<OpeningWindow>();
        for (String part : text.split(",", -1)) {
            String[] times = part.strip().split("-", -1);
            if (times.length != 2) {
                throw new IllegalArgumentException(
                        "expected a window like '08:00-18:00', got '" + part.strip() + "' in '" + whole + "'");
            }
            try {
                windows.add(OpeningWindow.between(parseTime(times[0], false, whole), parseTime(times[1], true, whole)));
            } catch (IllegalArgumentException badWindow) {
                throw new IllegalArgumentException(badWindow.getMessage() + " in '" + whole + "'", badWindow);
            }
        }
        return windows;
    }

    private static LocalTime parseTime(String text, boolean closing, String whole) {
        String time = text.strip();
        if (closing && time.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            if (!TIME.matcher(time).matches()) {
                throw new DateTimeParseException("not HH:mm", time, 0);
            }
            return LocalTime.parse(time);
        } catch (DateTimeParseException notATime) {
            throw new IllegalArgumentException("bad time '" + time + "' in '" + whole + "'; use HH:mm", notATime);
        }
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
