package desk.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One business calendar as configuration ({@code desk.calendars.<id>.*}), so a region, its
 * hours or an extra closing day is added by configuration, not code. Extra closures are
 * written {@code 2026-12-24 Christmas Eve}: a date, a space, the reason. Special hours are maps
 * keyed by a local date, each value a name, a colon and hours (maps, so that several windows
 * separated by commas stay one entry):
 * {@code date-hours.2026-12-24=Christmas Eve: 08:00-14:00},
 * {@code seasons.2026-07-01=Summer hours: MON-FRI 08:00-15:00 until 2026-08-31} (first and last
 * date included), {@code closed-periods.2026-11-25=All-hands meeting: 09:00-11:00}.
 */
@EachProperty("desk.calendars")
public class CalendarDefinition {
    private final String id;
    private String version;
    private String zone;
    private String openingHours;
    private String holidayCountry;
    private String holidaySubdivision;
    private List<String> extraClosures = new ArrayList<>();
    private Map<String, String> dateHours = new LinkedHashMap<>();
    private Map<String, String> seasons = new LinkedHashMap<>();
    private Map<String, String> closedPeriods = new LinkedHashMap<>();

    public CalendarDefinition(@Parameter String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public String getHolidayCountry() {
        return holidayCountry;
    }

    public void setHolidayCountry(String holidayCountry) {
        this.holidayCountry = holidayCountry;
    }

    public String getHolidaySubdivision() {
        return holidaySubdivision;
    }

    public void setHolidaySubdivision(String holidaySubdivision) {
        this.holidaySubdivision = holidaySubdivision;
    }

    public List<String> getExtraClosures() {
        return extraClosures;
    }

    public void setExtraClosures(List<String> extraClosures) {
        this.extraClosures = extraClosures;
    }

    public Map<String, String> getDateHours() {
        return dateHours;
    }

    public void setDateHours(Map<String, String> dateHours) {
        this.dateHours = dateHours;
    }

    public Map<String, String> getSeasons() {
        return seasons;
    }

    public void setSeasons(Map<String, String> seasons) {
        this.seasons = seasons;
    }

    public Map<String, String> getClosedPeriods() {
        return closedPeriods;
    }

    public void setClosedPeriods(Map<String, String> closedPeriods) {
        this.closedPeriods = closedPeriods;
    }
}
