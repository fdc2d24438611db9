package desk.sla;

import desk.calendar.BusinessCalendar;
import desk.calendar.BusinessTime;
import desk.calendar.DeadlineExplanation;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When a first response is due: the earliest instant at which the business time elapsed since
 * receipt equals the target, with the calendar (id and version) it was computed under and the
 * explanation a person can check: intervals counted, closed days skipped and why.
 * {@code atRiskAt} is the sweep's first checkpoint, for targets whose breach is announced.
 */
public record FirstResponseDeadline(
        BusinessTime target,
        String calendarId,
        String calendarVersion,
        ZoneId zone,
        Optional<Instant> atRiskAt,
        Instant dueAt,
        DeadlineExplanation explanation) {

    public FirstResponseDeadline {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(atRiskAt, "atRiskAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The deadline of a target, or none when the target promises no time. */
    public static Optional<FirstResponseDeadline> of(
            ResponseTarget target, Instant receivedAt, BusinessCalendar calendar, FirstResponseTargets targets) {
        return switch (target) {
            case ResponseTarget.Contractual(BusinessTime time) -> Optional.of(compute(time, receivedAt, calendar, Optional.of(targets)));
            case ResponseTarget.CustomerSuccess(BusinessTime time) -> Optional.of(compute(time, receivedAt, calendar, Optional.empty()));
            case ResponseTarget.NoContractualTarget ignored -> Optional.empty();
        };
    }

    /**
     * At risk once the target's share of the business time until the deadline has elapsed: for a target in
     * business days that is the share of the business time those days cover.
     */
    private static FirstResponseDeadline compute(
            BusinessTime target, Instant receivedAt, BusinessCalendar calendar, Optional<FirstResponseTargets> announced) {
        DeadlineExplanation explanation = calendar.explain(receivedAt, target);
        Optional<Instant> atRiskAt = announced.map(
                targets -> calendar.addBusinessTime(receivedAt, targets.atRiskAfter(explanation.target())));
        return new FirstResponseDeadline(
                target, calendar.id(), calendar.version(), calendar.zone(), atRiskAt, explanation.dueAt(), explanation);
    }

    /** When the clock started: receipt, or the next opening for a ticket received while closed. */
    public Instant clockStartedAt() {
        return explanation.counted().isEmpty() ? explanation.start() : explanation.counted().getFirst().from();
    }
}
