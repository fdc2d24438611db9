package desk.ticket;

import desk.sla.FirstResponse;
import desk.sla.FirstResponseDeadline;
import desk.sla.SlaState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A change to a ticket that someone must act on, as it is announced. Each case names its
 * EventBridge {@code detail-type}, who may read it in the ticket's history, and its detail fields;
 * docs/events.md is written from this file.
 */
public sealed interface TicketEvent {

    /** Who may read an announcement in the ticket's history. */
    enum Audience {
        /** Everyone allowed to see the ticket. */
        EVERYONE,
        /** Support staff only. */
        STAFF
    }

    /** The EventBridge {@code detail-type}. */
    default String detailType() {
        return switch (this) {
            case Received r -> "Ticket Received";
            case RoutedToPartner r -> "Routed To Partner";
            case FirstResponseRecorded f -> "First Response Recorded";
            case FirstResponseCorrected f -> "First Response Corrected";
            case SlaAtRisk a -> "SLA At Risk";
            case SlaBreached b -> "SLA Breached";
            case DeadlineChanged d -> "Deadline Changed";
            case StatusChanged s -> "Ticket Status Changed";
            case Assigned a -> "Ticket Assigned";
            case Reclassified r -> "Ticket Reclassified";
            case WorkLogged w -> "Work Logged";
            case OwedChanged o -> "Ticket Owed Changed";
            case SupportReplied s -> "Support Replied";
        };
    }

    /** Who may read it in the ticket's history; every type but the at-risk cue concerns the ticket's own side too. */
    default Audience audience() {
        return switch (this) {
            case Received r -> Audience.EVERYONE;
            case RoutedToPartner r -> Audience.EVERYONE;
            case FirstResponseRecorded f -> Audience.EVERYONE;
            case FirstResponseCorrected f -> Audience.EVERYONE;
            // Support's cue to act: the customer is not told their ticket is "at risk".
            case SlaAtRisk a -> Audience.STAFF;
            case SlaBreached b -> Audience.EVERYONE;
            case DeadlineChanged d -> Audience.EVERYONE;
            case StatusChanged s -> Audience.EVERYONE;
            // Who works the ticket is for staff: the requester side sees that it was assigned, not to whom.
            case Assigned a -> Audience.EVERYONE;
            case Reclassified r -> Audience.EVERYONE;
            // Support's own bookkeeping; what a ticket cost is shown to those who may read its bank.
            case WorkLogged w -> Audience.STAFF;
            case OwedChanged o -> Audience.STAFF;
            case SupportReplied s -> Audience.EVERYONE;
        };
    }

    /** Detail fields that hold a vendor staff member's identity-provider subject (shown to staff only). */
    Set<String> STAFF_SUBJECT_FIELDS = Set.of("respondent", "fromAssignee", "toAssignee", "loggedBy");

    /** The type's own detail fields (strings, numbers, booleans, nested maps and lists). */
    Map<String, Object> fields();

    /** Intake accepted a ticket: what it is and what first response it is owed by when. */
    record Received(Ticket ticket) implements TicketEvent {
        public Received {
            Objects.requireNonNull(ticket, "ticket");
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("accountId", ticket.accountId());
            fields.put("channel", ticket.channel().name());
            fields.put("kind", ticket.kind().name());
            ticket.severity().ifPresent(severity -> fields.put("severity", severity.name()));
            fields.put("category", ticket.category().name());
            fields.put("outOfScope", ticket.isOutOfSupportScope());
            fields.put("needsDetails", ticket.needsDetails());
            fields.put("openedByRole", ticket.openedBy().role());
            ticket.followUpOf().ifPresent(closed -> fields.put("followUpOf", closed));
            fields.put("respondTo", ticket.respondTo().code());
            fields.put("receivedAt", ticket.receivedAt().toString());
            fields.put("target", ticket.target().code());
            ticket.deadline().ifPresent(deadline -> {
                fields.put("targetBusinessTime", deadline.target().toString());
                fields.put("dueAt", deadline.dueAt().toString());
                deadline.atRiskAt().ifPresent(atRisk -> fields.put("atRiskAt", atRisk.toString()));
                fields.put("calendarId", deadline.calendarId());
                fields.put("calendarVersion", deadline.calendarVersion());
            });
            return fields;
        }
    }

    /** An indirect account's ticket is answered to its Solution Partner, without involving the end customer. */
    record RoutedToPartner(String partnerId, String accountId) implements TicketEvent {
        public RoutedToPartner {
            Objects.requireNonNull(partnerId, "partnerId");
            Objects.requireNonNull(accountId, "accountId");
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of("partnerId", partnerId, "accountId", accountId);
        }
    }

    /** Support's first response was stamped: when, in how much business time, and the outcome. Announced once per ticket. */
    record FirstResponseRecorded(FirstResponse response, SlaState outcome, Optional<FirstResponseDeadline> deadline)
            implements TicketEvent {
        public FirstResponseRecorded {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(deadline, "deadline");
        }

        @Override
        public Map<String, Object> fields() {
            return responseFields(response, outcome, deadline);
        }
    }

    /**
     * A reply received earlier than the stamped one was stored after it (racing writers): the stamp
     * moved to it and the outcome is recomputed. "First Response Recorded" is never repeated; a
     * consumer applying a ticket's events in sequence order ends with the stamp the ticket holds.
     */
    record FirstResponseCorrected(FirstResponse response, SlaState outcome, Optional<FirstResponseDeadline> deadline,
                                  FirstResponse replaced) implements TicketEvent {
        public FirstResponseCorrected {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(replaced, "replaced");
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = responseFields(response, outcome, deadline);
            fields.put("replacesMessageId", replaced.messageId());
            fields.put("replacesRespondedAt", replaced.at().toString());
            return fields;
        }
    }

    /** A ticket under a contractual target reached the at-risk share of it without a first response. Announced once. */
    record SlaAtRisk(Instant atRiskAt, Instant dueAt) implements TicketEvent {
        public SlaAtRisk {
            Objects.requireNonNull(atRiskAt, "atRiskAt");
            Objects.requireNonNull(dueAt, "dueAt");
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of("atRiskAt", atRiskAt.toString(), "dueAt", dueAt.toString());
        }
    }

    /** {@code dueAt} passed without a first response under a contractual target. Announced once. */
    record SlaBreached(Instant dueAt) implements TicketEvent {
        public SlaBreached {
            Objects.requireNonNull(dueAt, "dueAt");
        }

        @Override
        public Map<String, Object> fields() {
            return Map.of("dueAt", dueAt.toString());
        }
    }

    /**
     * A new version of the ticket's calendar moved the deadline of a ticket still awaiting its
     * first response: from what to what, and why (the closed days the new version adds or removes).
     * Announced once per ticket and calendar version.
     */
    record DeadlineChanged(FirstResponseDeadline from, FirstResponseDeadline to) implements TicketEvent {
        public DeadlineChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("calendarId", to.calendarId());
            fields.put("fromCalendarVersion", from.calendarVersion());
            fields.put("toCalendarVersion", to.calendarVersion());
            fields.put("fromDueAt", from.dueAt().toString());
            fields.put("toDueAt", to.dueAt().toString());
            fields.put("closedDaysAdded", closedDays(to, from));
            fields.put("closedDaysRemoved", closedDays(from, to));
            return fields;
        }

        /** The closed days skipped by {@code a}'s deadline and not by {@code b}'s, as {@code "2026-12-24 Christmas Eve"}. */
        private static List<Object> closedDays(FirstResponseDeadline a, FirstResponseDeadline b) {
            return a.explanation().skipped().stream()
                    .filter(day -> b.explanation().skipped().stream().noneMatch(other -> other.date().equals(day.date())))
                    .map(day -> (Object) (day.date() + " " + day.reason().detail()))
                    .toList();
        }
    }

    /**
     * The ticket moved from one status to another (policy, "Tickets": every transition is
     * announced), and why: an agent set it, an agent's reply or an assignment picked it up, or
     * the requester's reply brought it back to support.
     */
    record StatusChanged(TicketStatus from, TicketStatus to, Reason reason) implements TicketEvent {
        public enum Reason {
            /** An agent set the status ({@code POST /tickets/{id}/status}). */
            SET_BY_SUPPORT,
            /** An agent's public, non-automatic reply picked up a new ticket. */
            SUPPORT_REPLIED,
            /** Assigning a new ticket picked it up. */
            ASSIGNED,
            /** The requester side replied to a ticket waiting on it, or reopened a solved one. */
            REQUESTER_REPLIED
        }

        public StatusChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
            if (!from.mayBecome(to)) {
                throw new IllegalArgumentException("no transition from " + from + " to " + to);
            }
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("fromStatus", from.name());
            fields.put("toStatus", to.name());
            fields.put("reason", reason.name());
            return fields;
        }
    }

    /**
     * The agent working the ticket changed: assigned, reassigned or unassigned. Both subjects are
     * vendor staff's ({@link #STAFF_SUBJECT_FIELDS}): the requester side's history shows neither.
     */
    record Assigned(Optional<String> from, Optional<String> to) implements TicketEvent {
        public Assigned {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.equals(to)) {
                throw new IllegalArgumentException("an assignment changes the assignee");
            }
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            from.ifPresent(subject -> fields.put("fromAssignee", subject));
            to.ifPresent(subject -> fields.put("toAssignee", subject));
            return fields;
        }
    }

    /**
     * Support changed what the ticket is: question or incident, and the incident's severity. The
     * hour bank charges and refunds on it (incidents are never charged), so it names the account,
     * the partner that opened the ticket if one did, and the kind before and after. The
     * first-response deadline stays: the target depends on the plan, not on the kind.
     */
    record Reclassified(String accountId, Optional<String> openedByPartnerId, TicketKind fromKind,
                        Optional<Severity> fromSeverity, TicketKind toKind, Optional<Severity> toSeverity)
            implements TicketEvent {
        public Reclassified {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(openedByPartnerId, "openedByPartnerId");
            Objects.requireNonNull(fromKind, "fromKind");
            Objects.requireNonNull(fromSeverity, "fromSeverity");
            Objects.requireNonNull(toKind, "toKind");
            Objects.requireNonNull(toSeverity, "toSeverity");
            if (fromKind == toKind && fromSeverity.equals(toSeverity)) {
                throw new IllegalArgumentException("a reclassification changes the kind or the severity");
            }
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("accountId", accountId);
            openedByPartnerId.ifPresent(partner -> fields.put("openedByPartnerId", partner));
            fields.put("fromKind", fromKind.name());
            fromSeverity.ifPresent(severity -> fields.put("fromSeverity", severity.name()));
            fields.put("toKind", toKind.name());
            toSeverity.ifPresent(severity -> fields.put("toSeverity", severity.name()));
            return fields;
        }
    }

    /** An agent logged time on the ticket. */
    record WorkLogged(WorkLog log) implements TicketEvent {
        public WorkLogged {
            Objects.requireNonNull(log, "log");
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("workLogId", log.id());
            fields.put("loggedBy", log.agent());
            fields.put("seconds", log.time().toSeconds());
            fields.put("loggedAt", log.loggedAt().toString());
            return fields;
        }
    }

    /**
     * What the ticket owes its hour bank ({@link SupportOwed}) moved from {@code fromMinutes} to
     * {@code toMinutes}: the hour deduction settles the difference with the bank, once, in the
     * contract year of the announcement's {@code occurredAt}. Consecutive announcements of a ticket
     * chain: each one's {@code fromMinutes} is the previous one's {@code toMinutes}.
     */
    record OwedChanged(long fromMinutes, long toMinutes, OwedReason reason) implements TicketEvent {
        public OwedChanged {
            Objects.requireNonNull(reason, "reason");
            if (fromMinutes < 0 || toMinutes < 0 || fromMinutes == toMinutes) {
                throw new IllegalArgumentException("what a ticket owes changes, and is never negative");
            }
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("fromMinutes", fromMinutes);
            fields.put("toMinutes", toMinutes);
            fields.put("reason", reason.name());
            return fields;
        }
    }

    /**
     * An agent posted a public, non-automatic message on the ticket (every one, the first response
     * included): what the mailer sends to an email ticket's requester. The body stays in the
     * conversation ({@code pk=TICKET#<id>, sk=MESSAGE#<messageId>}), never on the bus.
     */
    record SupportReplied(String messageId, Instant postedAt) implements TicketEvent {
        public SupportReplied {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(postedAt, "postedAt");
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("messageId", messageId);
            fields.put("postedAt", postedAt.toString());
            return fields;
        }
    }

    private static Map<String, Object> responseFields(FirstResponse response, SlaState outcome,
                                                      Optional<FirstResponseDeadline> deadline) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("respondedAt", response.at().toString());
        fields.put("businessResponseTime", response.businessResponseTime().toString());
        fields.put("businessResponseSeconds", response.businessResponseTime().toSeconds());
        fields.put("messageId", response.messageId());
        fields.put("respondent", response.respondent());
        fields.put("outcome", outcome.code());
        deadline.ifPresent(due -> fields.put("dueAt", due.dueAt().toString()));
        return fields;
    }

}
