package desk.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * One business calendar as configuration ({@code desk.calendars.<id>.*}), so a region, its
 * hours or an extra closing day is added by configuration, not code. Extra closures are
 * written {@code 2026-12-24 Christmas Eve}: a date, a space, the reason.
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
}
