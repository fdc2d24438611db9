package desk.store;

import java.util.Optional;

/**
 * Which version of each calendar has been applied to the tickets awaiting a first response, so
 * that a new version is applied once and a pass interrupted for time is taken up again.
 */
public interface CalendarVersions {
    Optional<String> applied(String calendarId);

    /**
     * Records that every awaiting ticket is now under {@code version}.
     *
     * @throws ConcurrentUpdateException when the record is no longer at {@code previous} (another run recorded it)
     */
    void markApplied(String calendarId, Optional<String> previous, String version);
}
