package desk.ticket;

import desk.calendar.BusinessCalendar;
import desk.conversation.Message;
import desk.identity.Principal;
import desk.sla.FirstResponse;
import desk.sla.FirstResponseDeadline;
import desk.sla.FirstResponseTargets;
import desk.sla.ResponseTarget;
import desk.sla.SlaState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A support ticket: what was asked, by whom, what first response it is owed by when and where it
 * stands against that promise. {@code version} counts stored writes (every update is conditioned
 * on it); {@code announced} is the sequence number of its last announcement.
 */
public record Ticket(
        String id,
        String accountId,
        Principal openedBy,
        Channel channel,
        TicketKind kind,
        Optional<Severity> severity,
        Category category,
        String subject,
        String description,
        ReplicationDetails replication,
        boolean needsDetails,
        IntegrationSupport integrationSupport,
        ResponseRecipient respondTo,
        TicketStatus status,
        Instant receivedAt,
        ResponseTarget target,
        Optional<FirstResponseDeadline> deadline,
        SlaState sla,
        long version,
        long announced) {

    /** A ticket intake has not stored yet. */
    public static final long NEW_VERSION = 1;

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(integrationSupport, "integrationSupport");
        Objects.requireNonNull(respondTo, "respondTo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(sla, "sla");
        if (version < NEW_VERSION || announced < 0) {
            throw new IllegalArgumentException("versions start at 1 and announcement sequences at 0");
        }
        if ((kind == TicketKind.INCIDENT) != severity.isPresent()) {
            throw new IllegalArgumentException("exactly incidents carry a severity");
        }
    }

    public boolean isOutOfSupportScope() {
        return category.isOutOfSupportScope();
    }

    /**
     * Position in the support queue: critical, major, minor incidents, then questions (each
     * oldest first by receipt). Account requests go to Customer Success, not the queue.
     */
    public OptionalInt queueRank() {
        return switch (kind) {
            case INCIDENT -> OptionalInt.of(severity.orElseThrow().queueRank());
            case QUESTION -> OptionalInt.of(Severity.QUESTION_RANK);
            case ACCOUNT_REQUEST -> OptionalInt.empty();
        };
    }

    /** What intake announces: the ticket received and, for an indirect account's ticket, its routing to the partner. */
    public TicketChange received() {
        List<TicketEvent> events = new ArrayList<>();
        events.add(new TicketEvent.Received(this));
        respondTo.partner().ifPresent(partnerId -> events.add(new TicketEvent.RoutedToPartner(partnerId, accountId)));
        return announce(this, receivedAt, events);
    }

    /**
     * What a new message does to the ticket. Support's first public, non-automatic message stamps
     * the first response (met at or before {@code dueAt}, breached after), announced once as
     * recorded; an earlier response stored after it (racing writers) moves the stamp, announced as
     * a correction. Any other message leaves the ticket as it is.
     *
     * @param calendar the ticket's calendar, to measure the business response time
     */
    public TicketChange withMessage(Message message, BusinessCalendar calendar) {
        if (!message.ticketId().equals(id)) {
            throw new IllegalArgumentException("message " + message.id() + " belongs to ticket " + message.ticketId());
        }
        if (!message.isSupportResponse()) {
            return TicketChange.unchanged(this);
        }
        Instant at = message.postedAt().isBefore(receivedAt) ? receivedAt : message.postedAt();
        FirstResponse response = new FirstResponse(message.postedAt(), calendar.businessTimeBetween(receivedAt, at),
                message.id(), message.author().subject());
        SlaState next = sla.withResponse(response, deadline.map(FirstResponseDeadline::dueAt));
        if (next.equals(sla)) {
            return TicketChange.unchanged(this);
        }
        Ticket responded = withSla(next);
        TicketEvent event = sla.firstResponse()
                .<TicketEvent>map(replaced -> new TicketEvent.FirstResponseCorrected(response, next, deadline, replaced))
                .orElseGet(() -> new TicketEvent.FirstResponseRecorded(response, next, deadline));
        return announce(responded, message.postedAt(), List.of(event));
    }

    /**
     * What a calendar version does to the ticket. A ticket still awaiting its first response under
     * an older version of {@code calendar} gets its deadline recomputed from its receipt under the
     * new one (the at-risk point too, unless it was already announced) and announces the change;
     * any other ticket, and one already under this version, is left as it is.
     *
     * @param appliedAt when the new version is applied (the sweep's time), the announcement's time
     */
    public TicketChange underCalendar(BusinessCalendar calendar, FirstResponseTargets targets, Instant appliedAt) {
        Optional<FirstResponseDeadline> current = deadline.filter(d -> d.calendarId().equals(calendar.id()));
        if (current.isEmpty() || current.get().calendarVersion().equals(calendar.version()) || sla.firstResponse().isPresent()
                || sla instanceof SlaState.Breached) {
            return TicketChange.unchanged(this);
        }
        FirstResponseDeadline recomputed = FirstResponseDeadline.of(target, receivedAt, calendar, targets).orElseThrow();
        SlaState next = switch (sla) {
            case SlaState.Awaiting(SlaState.Checkpoint checkpoint) when checkpoint.kind() == SlaState.Checkpoint.Kind.DUE ->
                    new SlaState.Awaiting(SlaState.Checkpoint.due(recomputed.dueAt()));
            default -> SlaState.initial(target, Optional.of(recomputed));
        };
        Ticket moved = new Ticket(id, accountId, openedBy, channel, kind, severity, category, subject, description, replication,
                needsDetails, integrationSupport, respondTo, status, receivedAt, target, Optional.of(recomputed), next, version,
                announced);
        return announce(moved, appliedAt, List.of(new TicketEvent.DeadlineChanged(current.get(), recomputed)));
    }

    /** The ticket as lists show it. */
    public TicketSummary summary() {
        return new TicketSummary(id, accountId, openedBy, kind, severity, category, subject, status, receivedAt,
                deadline.map(FirstResponseDeadline::dueAt), deadline.map(FirstResponseDeadline::zone), sla.code(), sla.firstResponse().map(FirstResponse::at));
    }

    private Ticket withSla(SlaState next) {
        return new Ticket(id, accountId, openedBy, channel, kind, severity, category, subject, description, replication,
                needsDetails, integrationSupport, respondTo, status, receivedAt, target, deadline, next, version, announced);
    }

    private static TicketChange announce(Ticket changed, Instant at, List<TicketEvent> events) {
        List<Announcement> announcements = new ArrayList<>();
        long sequence = changed.announced;
        for (TicketEvent event : events) {
            announcements.add(new Announcement(changed.id, ++sequence, at, event));
        }
        Ticket numbered = new Ticket(changed.id, changed.accountId, changed.openedBy, changed.channel, changed.kind,
                changed.severity, changed.category, changed.subject, changed.description, changed.replication,
                changed.needsDetails, changed.integrationSupport, changed.respondTo, changed.status, changed.receivedAt,
                changed.target, changed.deadline, changed.sla, changed.version, sequence);
        return new TicketChange(numbered, true, announcements);
    }
}
