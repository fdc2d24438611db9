package desk.ticket;

import desk.identity.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket as lists show it: what it is, whose it is and where it stands, without its text, its
 * deadline's explanation or its responder (a ticket may be 64 KB; an index entry carries this).
 * It also carries every fact the access rules decide on, so a list asks them per entry.
 *
 * @param assignee the agent working it (a vendor staff subject: shown to staff only)
 * @param calendarZone the zone of the calendar its deadline was computed in, to show local times
 * @param slaState AWAITING, MET, BREACHED or TRACKED ({@code SlaState.code()})
 */
public record TicketSummary(
        String id,
        String accountId,
        Principal openedBy,
        TicketKind kind,
        Optional<Severity> severity,
        Category category,
        String subject,
        TicketStatus status,
        Optional<String> assignee,
        Instant receivedAt,
        Optional<Instant> dueAt,
        Optional<ZoneId> calendarZone,
        String slaState,
        Optional<Instant> firstResponseAt) {

    public TicketSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(calendarZone, "calendarZone");
        Objects.requireNonNull(slaState, "slaState");
        Objects.requireNonNull(firstResponseAt, "firstResponseAt");
    }
}
