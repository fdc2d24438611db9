package desk.ticket;

import desk.calendar.BusinessCalendar;
import desk.conversation.Message;
import desk.identity.Principal;
import desk.sla.FirstResponse;
import desk.sla.FirstResponseDeadline;
import desk.sla.FirstResponseTargets;
import desk.sla.ResponseTarget;
import desk.sla.SlaState;
import desk.validation.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A support ticket: what was asked, by whom, what first response it is owed by when and where it
 * stands against that promise, where it is in its life ({@link TicketStatus}), which agent works
 * it and, for a follow-up, the closed ticket it follows. {@code version} counts stored writes
 * (every update is conditioned on it); {@code announced} is the sequence number of its last
 * announcement. Every change is announced exactly once, in the ticket's own sequence.
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
        Optional<String> assignee,
        Optional<String> followUpOf,
        Instant receivedAt,
        ResponseTarget target,
        Optional<FirstResponseDeadline> deadline,
        SlaState sla,
        Duration worked,
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
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(followUpOf, "followUpOf");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(worked, "worked");
        if (worked.isNegative()) {
            throw new IllegalArgumentException("time worked is never negative");
        }
        if (version < NEW_VERSION || announced < 0) {
            throw new IllegalArgumentException("versions start at 1 and announcement sequences at 0");
        }
        if ((kind == TicketKind.INCIDENT) != severity.isPresent()) {
            throw new IllegalArgumentException("exactly incidents carry a severity");
        }
        if (assignee.filter(String::isBlank).isPresent() || followUpOf.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("an assignee is a subject, and a ticket follows up another one");
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

    /** What the ticket owes its hour bank now, in whole minutes: the policy's rule, {@link SupportOwed}. */
    public long owedMinutes() {
        return SupportOwed.minutes(Optional.of(kind), sla.firstResponse().isPresent(), worked);
    }

    /**
     * An agent logged time on the ticket. A closed ticket is final and takes no more work; any
     * other takes it, and what the ticket owes may grow with it (an engaged question beyond 15
     * minutes).
     */
    public TicketDecision withWorkLogged(WorkLog log) {
        Objects.requireNonNull(log, "log");
        if (!log.ticketId().equals(id)) {
            throw new IllegalArgumentException("work log " + log.id() + " belongs to ticket " + log.ticketId());
        }
        if (status.isFinal()) {
            return TicketDecision.Conflict.onStatus(status, "the ticket is CLOSED, which is final; log work on its follow-up");
        }
        Ticket next = new Ticket(id, accountId, openedBy, channel, kind, severity, category, subject, description, replication,
                needsDetails, integrationSupport, respondTo, status, assignee, followUpOf, receivedAt, target, deadline, sla,
                worked.plus(log.time()), version, announced);
        List<TicketEvent> events = new ArrayList<>();
        events.add(new TicketEvent.WorkLogged(log));
        owedChange(this, next, OwedReason.WORK_LOGGED).ifPresent(events::add);
        return new TicketDecision.Accepted(announce(next, log.loggedAt(), events));
    }

    /** The announcement due when a change moves what the ticket owes its bank. */
    private static Optional<TicketEvent> owedChange(Ticket before, Ticket after, OwedReason reason) {
        long from = before.owedMinutes();
        long to = after.owedMinutes();
        return from == to ? Optional.empty() : Optional.of(new TicketEvent.OwedChanged(from, to, reason));
    }

    /** What intake announces: the ticket received and, for an indirect account's ticket, its routing to the partner. */
    public TicketChange received() {
        List<TicketEvent> events = new ArrayList<>();
        events.add(new TicketEvent.Received(this));
        respondTo.partner().ifPresent(partnerId -> events.add(new TicketEvent.RoutedToPartner(partnerId, accountId)));
        return announce(this, receivedAt, events);
    }

    /**
     * Where a new message goes. A closed ticket is final: the requester side's public,
     * non-automatic message opens a follow-up ticket linked to it; support's message, and an
     * automatic one (automatic mail never opens a ticket), is refused. Any other ticket takes it.
     */
    public MessageDestination destinationOf(Message message) {
        requireOwn(message);
        if (!status.isFinal()) {
            return new MessageDestination.ThisTicket();
        }
        if (message.isFromRequesterSide() && !message.automatic()) {
            return new MessageDestination.FollowUp(this);
        }
        return new MessageDestination.Refused(TicketDecision.Conflict.onStatus(status, message.isFromRequesterSide()
                ? "the ticket is CLOSED, which is final; automatic messages never open a follow-up ticket"
                : "the ticket is CLOSED, which is final; support writes on its follow-up tickets, which the requester's "
                        + "new messages open"));
    }

    /**
     * What a new message does to the ticket (one that is not closed: see {@link #destinationOf}).
     * <ul>
     *   <li>The requester side's non-automatic message brings a ticket waiting on it, or a solved
     *       one (reopened), back to OPEN.</li>
     *   <li>Support's first public, non-automatic message picks a NEW ticket up (OPEN) and stamps
     *       the first response (met at or before {@code dueAt}, breached after), announced once as
     *       recorded; an earlier response stored after it (racing writers) moves the stamp,
     *       announced as a correction.</li>
     * </ul>
     * Every support response is also announced as {@link TicketEvent.SupportReplied}, so it
     * writes the ticket (its announcement sequence). Any other message leaves the ticket as it is,
     * and the decision depends only on its status (and on the stamp, which only ever moves earlier).
     *
     * @param calendar the ticket's calendar, to measure the business response time
     */
    public TicketChange withMessage(Message message, BusinessCalendar calendar) {
        requireOwn(message);
        if (status.isFinal()) {
            throw new IllegalStateException("ticket " + id + " is " + status + " and takes no messages; ask destinationOf");
        }
        List<TicketEvent> events = new ArrayList<>();
        Ticket next = this;
        Optional<TicketEvent.StatusChanged> moved = statusAfter(message);
        if (moved.isPresent()) {
            events.add(moved.get());
            next = next.with(moved.get().to(), assignee, kind, severity, sla);
        }
        if (message.isSupportResponse()) {
            Instant at = message.postedAt().isBefore(receivedAt) ? receivedAt : message.postedAt();
            FirstResponse response = new FirstResponse(message.postedAt(), calendar.businessTimeBetween(receivedAt, at),
                    message.id(), message.author().subject());
            SlaState stamped = sla.withResponse(response, deadline.map(FirstResponseDeadline::dueAt));
            if (!stamped.equals(sla)) {
                next = next.with(next.status, assignee, kind, severity, stamped);
                events.add(sla.firstResponse()
                        .<TicketEvent>map(replaced -> new TicketEvent.FirstResponseCorrected(response, stamped, deadline, replaced))
                        .orElseGet(() -> new TicketEvent.FirstResponseRecorded(response, stamped, deadline)));
                owedChange(this, next, OwedReason.FIRST_RESPONSE).ifPresent(events::add);
            }
            // Every reply is announced (last, after what it changed), so the mailer can send it.
            events.add(new TicketEvent.SupportReplied(message.id(), message.postedAt()));
        }
        return events.isEmpty() ? TicketChange.unchanged(this) : announce(next, message.postedAt(), events);
    }

    /** The status a message moves the ticket to, if any. */
    private Optional<TicketEvent.StatusChanged> statusAfter(Message message) {
        if (message.isFromRequesterSide() && !message.automatic()
                && (status == TicketStatus.WAITING_ON_CUSTOMER || status == TicketStatus.SOLVED)) {
            return Optional.of(new TicketEvent.StatusChanged(status, TicketStatus.OPEN,
                    TicketEvent.StatusChanged.Reason.REQUESTER_REPLIED));
        }
        if (message.isSupportResponse() && status == TicketStatus.NEW) {
            return Optional.of(new TicketEvent.StatusChanged(status, TicketStatus.OPEN,
                    TicketEvent.StatusChanged.Reason.SUPPORT_REPLIED));
        }
        return Optional.empty();
    }

    /**
     * An agent sets the status. Asking for the current one changes nothing; anything else must be
     * in {@link TicketStatus}'s table, or it is a conflict naming the allowed next statuses.
     */
    public TicketDecision withStatus(TicketStatus next, Instant at) {
        Objects.requireNonNull(next, "next");
        if (next == status) {
            return new TicketDecision.Accepted(TicketChange.unchanged(this));
        }
        if (!status.mayBecome(next)) {
            return TicketDecision.Conflict.onStatus(status, status.isFinal()
                    ? "the ticket is CLOSED, which is final; a requester's new message opens a follow-up ticket"
                    : "a " + status + " ticket cannot become " + next + "; it may become " + names(status.allowedNext()));
        }
        return new TicketDecision.Accepted(announce(with(next, assignee, kind, severity, sla), at,
                List.of(new TicketEvent.StatusChanged(status, next, TicketEvent.StatusChanged.Reason.SET_BY_SUPPORT))));
    }

    /**
     * An agent assigns the ticket to an agent (by subject) or to no one. Assigning a NEW ticket
     * also picks it up (OPEN). A closed ticket is final; the same assignee again changes nothing.
     */
    public TicketDecision assignedTo(Optional<String> next, Instant at) {
        Objects.requireNonNull(next, "next");
        if (status.isFinal()) {
            return TicketDecision.Conflict.onStatus(status, "the ticket is CLOSED, which is final; it is assigned no more");
        }
        if (next.equals(assignee)) {
            return new TicketDecision.Accepted(TicketChange.unchanged(this));
        }
        List<TicketEvent> events = new ArrayList<>();
        events.add(new TicketEvent.Assigned(assignee, next));
        TicketStatus nextStatus = status;
        if (next.isPresent() && status == TicketStatus.NEW) {
            nextStatus = TicketStatus.OPEN;
            events.add(new TicketEvent.StatusChanged(status, nextStatus, TicketEvent.StatusChanged.Reason.ASSIGNED));
        }
        return new TicketDecision.Accepted(announce(with(nextStatus, next, kind, severity, sla), at, events));
    }

    /**
     * An agent reclassifies the ticket: question, or incident with its severity. An account
     * request goes to Customer Success and is never reclassified, nor is anything made one; a
     * closed ticket is final; the same classification changes nothing. The deadline stays (the
     * target depends on the plan, not on whether it is a question or an incident).
     */
    public TicketDecision reclassifiedAs(TicketKind nextKind, Optional<Severity> nextSeverity, Instant at) {
        Objects.requireNonNull(nextKind, "nextKind");
        Objects.requireNonNull(nextSeverity, "nextSeverity");
        if (kind == TicketKind.ACCOUNT_REQUEST) {
            return new TicketDecision.Invalid(List.of(FieldProblem.of("kind",
                    "this ticket is an ACCOUNT_REQUEST, for Customer Success; it is never reclassified")));
        }
        if (nextKind == TicketKind.ACCOUNT_REQUEST) {
            return new TicketDecision.Invalid(List.of(FieldProblem.of("kind",
                    "nothing is reclassified into an ACCOUNT_REQUEST; account matters are raised as their own ticket")));
        }
        if ((nextKind == TicketKind.INCIDENT) != nextSeverity.isPresent()) {
            return new TicketDecision.Invalid(List.of(FieldProblem.of("severity", nextKind == TicketKind.INCIDENT
                    ? "is required for an incident; one of CRITICAL, MAJOR, MINOR" : "applies only to incidents")));
        }
        if (status.isFinal()) {
            return TicketDecision.Conflict.onStatus(status, "the ticket is CLOSED, which is final; it is reclassified no more");
        }
        if (nextKind == kind && nextSeverity.equals(severity)) {
            return new TicketDecision.Accepted(TicketChange.unchanged(this));
        }
        Optional<String> openingPartner = openedBy instanceof Principal.PartnerUser partner
                ? Optional.of(partner.partnerId()) : Optional.empty();
        Ticket next = with(status, assignee, nextKind, nextSeverity, sla);
        List<TicketEvent> events = new ArrayList<>();
        events.add(new TicketEvent.Reclassified(accountId, openingPartner, kind, severity, nextKind, nextSeverity));
        owedChange(this, next, OwedReason.RECLASSIFIED).ifPresent(events::add);
        return new TicketDecision.Accepted(announce(next, at, events));
    }

    private void requireOwn(Message message) {
        if (!message.ticketId().equals(id)) {
            throw new IllegalArgumentException("message " + message.id() + " belongs to ticket " + message.ticketId());
        }
    }

    private static String names(java.util.Set<TicketStatus> statuses) {
        return String.join(", ", statuses.stream().map(TicketStatus::name).toList());
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
                needsDetails, integrationSupport, respondTo, status, assignee, followUpOf, receivedAt, target,
                Optional.of(recomputed), next, worked, version, announced);
        return announce(moved, appliedAt, List.of(new TicketEvent.DeadlineChanged(current.get(), recomputed)));
    }

    /** The ticket as lists show it. */
    public TicketSummary summary() {
        return new TicketSummary(id, accountId, openedBy, kind, severity, category, subject, status, assignee, receivedAt,
                deadline.map(FirstResponseDeadline::dueAt), deadline.map(FirstResponseDeadline::zone), sla.code(),
                sla.firstResponse().map(FirstResponse::at));
    }

    /** This ticket with what support's work and messages change; the rest (deadline included) stays. */
    private Ticket with(TicketStatus nextStatus, Optional<String> nextAssignee, TicketKind nextKind,
                        Optional<Severity> nextSeverity, SlaState nextSla) {
        return new Ticket(id, accountId, openedBy, channel, nextKind, nextSeverity, category, subject, description, replication,
                needsDetails, integrationSupport, respondTo, nextStatus, nextAssignee, followUpOf, receivedAt, target, deadline,
                nextSla, worked, version, announced);
    }

    private static TicketChange announce(Ticket changed, Instant at, List<TicketEvent> events) {
        List<Announcement> announcements = new ArrayList<>();
        long sequence = changed.announced;
        for (TicketEvent event : events) {
            announcements.add(new Announcement(changed.id, ++sequence, at, event));
        }
        Ticket numbered = new Ticket(changed.id, changed.accountId, changed.openedBy, changed.channel, changed.kind,
                changed.severity, changed.category, changed.subject, changed.description, changed.replication,
                changed.needsDetails, changed.integrationSupport, changed.respondTo, changed.status, changed.assignee,
                changed.followUpOf, changed.receivedAt, changed.target, changed.deadline, changed.sla, changed.worked,
                changed.version, sequence);
        return new TicketChange(numbered, true, announcements);
    }
}
