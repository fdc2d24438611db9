package desk.ticket;

import desk.sla.SlaState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SLA sweep knows of a ticket awaiting its first response: exactly what the
 * {@code AwaitingFirstResponse} index carries, so that a due ticket costs one index read and one
 * conditional write. {@code version} and {@code announced} are the ticket's at the time of the read.
 */
public record AwaitingTicket(String ticketId, long version, long announced, SlaState.Checkpoint next,
                             Optional<Instant> atRiskAt, Instant dueAt) {
    public AwaitingTicket {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(atRiskAt, "atRiskAt");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** The sweep's decision for one ticket: its new SLA state and the announcements, numbered after the ticket's last. */
    public record Swept(AwaitingTicket ticket, SlaState next, List<Announcement> announcements) {
        public Swept {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(next, "next");
            announcements = List.copyOf(announcements);
        }

        public long announced() {
            return ticket.announced + announcements.size();
        }
    }

    /**
     * What {@code now} does to the ticket: every checkpoint passed is announced once, in order
     * (at risk, then breached; both when the sweep comes late); nothing before the next checkpoint.
     * A ticket at risk waits for {@code dueAt}; a breached one leaves the sweep.
     */
    public Optional<Swept> at(Instant now) {
        if (!next.hasPassedAt(now)) {
            return Optional.empty();
        }
        List<TicketEvent> events = new ArrayList<>();
        if (next.kind() == SlaState.Checkpoint.Kind.AT_RISK) {
            events.add(new TicketEvent.SlaAtRisk(next.at(), dueAt));
        }
        SlaState.Checkpoint due = SlaState.Checkpoint.due(dueAt);
        SlaState state = new SlaState.Awaiting(due);
        if (due.hasPassedAt(now)) {
            events.add(new TicketEvent.SlaBreached(dueAt));
            state = new SlaState.Breached(Optional.empty());
        }
        List<Announcement> announcements = new ArrayList<>();
        long sequence = announced;
        for (TicketEvent event : events) {
            // The announcement's time is the checkpoint's, not the sweep's: a late sweep still says when it happened.
            Instant occurredAt = event instanceof TicketEvent.SlaAtRisk ? next.at() : due.at();
            announcements.add(new Announcement(ticketId, ++sequence, occurredAt, event));
        }
        return Optional.of(new Swept(this, state, announcements));
    }
}
