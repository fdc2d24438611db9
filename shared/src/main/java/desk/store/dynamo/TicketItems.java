package desk.store.dynamo;

import desk.calendar.BusinessTime;
import desk.calendar.ClosureReason;
import desk.calendar.DeadlineExplanation.CountedInterval;
import desk.calendar.DeadlineExplanation;
import desk.calendar.DeadlineExplanation.SkippedDay;
import desk.calendar.DeadlineExplanation.SpecialHours;
import desk.identity.Principal;
import desk.sla.FirstResponse;
import desk.sla.FirstResponseDeadline;
import desk.sla.ResponseTarget;
import desk.sla.SlaState;
import desk.ticket.AwaitingTicket;
import desk.ticket.Category;
import desk.ticket.Channel;
import desk.ticket.IntegrationSupport;
import desk.ticket.ReplicationDetails;
import desk.ticket.ResponseRecipient;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import desk.ticket.TicketKind;
import desk.ticket.TicketStatus;
import desk.ticket.TicketSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link Ticket} to its item and back, including the sparse index attributes: the
 * support queue (open support tickets), the sweep's index (tickets awaiting a first response
 * under a contractual target, keyed by the next checkpoint) and the account and partner views.
 */
final class TicketItems {
    static final String SLA_AWAITING = "AWAITING";

    private TicketItems() {}

    static Map<String, AttributeValue> toItem(Ticket ticket) {
        return toItem(ticket, ticket.version());
    }

    /** The item of {@code ticket} as stored at {@code version}. */
    static Map<String, AttributeValue> toItem(Ticket ticket, long version) {
        Item.Builder item = Item.builder()
                .with(TableKeys.ticket(ticket.id()))
                .s("entity", "TICKET")
                .s("id", ticket.id())
                .s("accountId", ticket.accountId())
                .s("channel", ticket.channel().name())
                .s("kind", ticket.kind().name())
                .s("severity", ticket.severity().map(Severity::name))
                .s("category", ticket.category().name())
                .s("subject", ticket.subject())
                .s("description", ticket.description())
                .s("affectedAccount", ticket.replication().affectedAccount())
                .s("steps", ticket.replication().steps())
                .s("expectedResult", ticket.replication().expectedResult())
                .bool("needsDetails", ticket.needsDetails())
                .bool("outOfScope", ticket.isOutOfSupportScope())
                .s("integrationSupport", ticket.integrationSupport().name())
                .s("status", ticket.status().name())
                .s("assignee", ticket.assignee())
                .s("followUpOf", ticket.followUpOf())
                .instant("receivedAt", ticket.receivedAt())
                // Index attributes: newest-first lists per account (support tickets and account requests
                // apart) and per opening partner.
                .s("accountPk", ticket.kind() == TicketKind.ACCOUNT_REQUEST
                        ? requestsPartition(ticket.accountId()) : accountPartition(ticket.accountId()))
                .s("receivedSk", Item.sortable(ticket.receivedAt()) + "#" + ticket.id())
                .s("partnerPk", openingPartner(ticket.openedBy()).map(TicketItems::partnerPartition));
        PrincipalAttributes.write(item, "openedBy", ticket.openedBy());
        writeRecipient(item, ticket.respondTo());
        writeTarget(item, ticket.target());
        ticket.deadline().ifPresent(deadline -> writeDeadline(item, deadline));
        // In the queue while a support ticket is not yet solved, one partition per status.
        // An assigned one is also in its agent's partition of AssignedQueue, in the same order.
        if (ticket.status().isQueued()) {
            ticket.queueRank().ifPresent(rank -> item
                    .s("queuePk", queuePartition(ticket.status()))
                    .s("queueSk", rank + "#" + Item.sortable(ticket.receivedAt()) + "#" + ticket.id())
                    .s("assigneePk", ticket.assignee().map(TicketItems::assigneePartition)));
        }
        writeSla(item, ticket.id(), ticket.sla());
        item.n("workedMillis", ticket.worked().toMillis());
        item.n("version", version).n("announced", ticket.announced());
        return item.build();
    }

    static Ticket fromItem(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new Ticket(
                item.s("id"),
                item.s("accountId"),
                PrincipalAttributes.read(item, "openedBy"),
                Channel.valueOf(item.s("channel")),
                TicketKind.valueOf(item.s("kind")),
                item.optionalS("severity").map(Severity::valueOf),
                Category.valueOf(item.s("category")),
                item.s("subject"),
                item.s("description"),
                new ReplicationDetails(item.s("affectedAccount"), item.optionalS("steps"), item.optionalS("expectedResult")),
                item.bool("needsDetails"),
                IntegrationSupport.valueOf(item.s("integrationSupport")),
                readRecipient(item),
                TicketStatus.valueOf(item.s("status")),
                item.optionalS("assignee"),
                item.optionalS("followUpOf"),
                item.instant("receivedAt"),
                readTarget(item),
                readDeadline(item),
                readSla(item),
                // Items stored before work logs existed carry no time worked.
                Duration.ofMillis(item.optionalN("workedMillis").orElse(0L)),
                item.n("version"),
                item.n("announced"));
    }

    /** Every attribute {@link #writeSla} may write: an update of the SLA state removes those the new state lacks. */
    static final Set<String> SLA_ATTRIBUTES = Set.of("slaState", "slaNextCheckpoint", "slaNextCheckpointAt", "slaPk",
            "slaCheckpoint", "firstResponseAt", "firstResponseBusinessTime", "firstResponseMessageId", "firstResponder");

    /**
     * The sweep's write: the new SLA state (and so the sweep index's keys) derived by the same
     * code as a whole ticket's item, the next version and the last announcement's sequence.
     */
    static Update slaUpdate(String ticketId, SlaState next, long version, long announced) {
        Item.Builder attributes = Item.builder();
        writeSla(attributes, ticketId, next);
        attributes.n("version", version).n("announced", announced);
        return Update.setting(attributes.build(), SLA_ATTRIBUTES);
    }

    /** A ticket as the {@code AwaitingFirstResponse} index projects it (see template.yaml). */
    static AwaitingTicket awaiting(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new AwaitingTicket(item.s("id"), item.n("version"), item.n("announced"),
                checkpoint(item), item.optionalInstant("atRiskAt"), item.instant("dueAt"));
    }

    private static SlaState.Checkpoint checkpoint(Item.Reader item) {
        return new SlaState.Checkpoint(SlaState.Checkpoint.Kind.valueOf(item.s("slaNextCheckpoint")), item.instant("slaNextCheckpointAt"));
    }

    /**
     * The SLA state and the sweep's index attributes, both from the state alone: a ticket is in
     * {@code AwaitingFirstResponse} exactly while it is {@link SlaState.Awaiting}, keyed by its next checkpoint.
     */
    private static void writeSla(Item.Builder item, String ticketId, SlaState sla) {
        item.s("slaState", sla.code());
        if (sla instanceof SlaState.Awaiting(SlaState.Checkpoint next)) {
            item.s("slaNextCheckpoint", next.kind().name())
                    .instant("slaNextCheckpointAt", next.at())
                    .s("slaPk", SLA_AWAITING)
                    .s("slaCheckpoint", Item.sortable(next.at()) + "#" + ticketId);
        }
        sla.firstResponse().ifPresent(response -> item
                .instant("firstResponseAt", response.at())
                .s("firstResponseBusinessTime", response.businessResponseTime().toString())
                .s("firstResponseMessageId", response.messageId())
                .s("firstResponder", response.respondent()));
    }

    private static SlaState readSla(Item.Reader item) {
        Optional<FirstResponse> response = item.optionalInstant("firstResponseAt").map(at -> new FirstResponse(at,
                Duration.parse(item.s("firstResponseBusinessTime")), item.s("firstResponseMessageId"), item.s("firstResponder")));
        return switch (item.s("slaState")) {
            case "AWAITING" -> new SlaState.Awaiting(checkpoint(item));
            case "MET" -> new SlaState.Met(response.orElseThrow(() -> new IllegalStateException("a met SLA has its response")));
            case "BREACHED" -> new SlaState.Breached(response);
            case "TRACKED" -> new SlaState.Tracked(response);
            default -> throw new IllegalStateException("unknown SLA state " + item.s("slaState"));
        };
    }

    static String queuePartition(TicketStatus status) {
        return "QUEUE#" + status.name();
    }

    static String assigneePartition(String assignee) {
        return "ASSIGNEE#" + assignee;
    }

    static String accountPartition(String accountId) {
        return "ACCOUNT#" + accountId;
    }

    /** An account's requests to Customer Success: beside its support tickets, in a partition of their own. */
    static String requestsPartition(String accountId) {
        return "REQUESTS#" + accountId;
    }

    static String partnerPartition(String partnerId) {
        return "PARTNER#" + partnerId;
    }

    /**
     * The partner whose users opened the ticket: a fact that never changes. Who else sees it
     * (the account's partners today) is the access rules' question, asked when a list is read.
     */
    private static Optional<String> openingPartner(Principal opener) {
        return opener instanceof Principal.PartnerUser partner ? Optional.of(partner.partnerId()) : Optional.empty();
    }

    /**
     * The attributes the summary indexes project (template.yaml: {@code SupportQueue},
     * {@code TicketsByAccount}, {@code TicketsByPartner}) and {@link #summary} reads.
     */
    static final java.util.List<String> SUMMARY_ATTRIBUTES = java.util.List.of("id", "accountId", "openedByRole",
            "openedBySubject", "openedByAccountId", "openedByPartnerId", "kind", "severity", "category", "subject",
            "status", "assignee", "receivedAt", "dueAt", "calendarZone", "slaState", "firstResponseAt");

    /** A ticket as a summary index projects it. */
    static TicketSummary summary(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new TicketSummary(
                item.s("id"),
                item.s("accountId"),
                PrincipalAttributes.read(item, "openedBy"),
                TicketKind.valueOf(item.s("kind")),
                item.optionalS("severity").map(Severity::valueOf),
                Category.valueOf(item.s("category")),
                item.s("subject"),
                TicketStatus.valueOf(item.s("status")),
                item.optionalS("assignee"),
                item.instant("receivedAt"),
                item.optionalInstant("dueAt"),
                item.optionalS("calendarZone").map(ZoneId::of),
                item.s("slaState"),
                item.optionalInstant("firstResponseAt"));
    }

    private static void writeRecipient(Item.Builder item, ResponseRecipient recipient) {
        item.s("respondTo", recipient.code()).s("respondToPartnerId", recipient.partner());
    }

    private static ResponseRecipient readRecipient(Item.Reader item) {
        return ResponseRecipient.of(item.s("respondTo"), item.optionalS("respondToPartnerId"));
    }

    private static void writeTarget(Item.Builder item, ResponseTarget target) {
        item.s("targetType", target.code());
        switch (target) {
            case ResponseTarget.Contractual(BusinessTime time) -> item.s("target", time.toString());
            case ResponseTarget.CustomerSuccess(BusinessTime time) -> item.s("target", time.toString());
            case ResponseTarget.NoContractualTarget(String reason) -> item.s("targetReason", reason);
        }
    }

    private static ResponseTarget readTarget(Item.Reader item) {
        return switch (item.s("targetType")) {
            case "CONTRACTUAL" -> new ResponseTarget.Contractual(BusinessTime.parse(item.s("target")));
            case "CUSTOMER_SUCCESS" -> new ResponseTarget.CustomerSuccess(BusinessTime.parse(item.s("target")));
            case "NONE" -> new ResponseTarget.NoContractualTarget(item.s("targetReason"));
            default -> throw new IllegalStateException("unknown target type " + item.s("targetType"));
        };
    }

    private static void writeDeadline(Item.Builder item, FirstResponseDeadline deadline) {
        DeadlineExplanation explanation = deadline.explanation();
        item.s("calendarId", deadline.calendarId())
                .s("calendarVersion", deadline.calendarVersion())
                .s("calendarZone", deadline.zone().getId())
                .instant("dueAt", deadline.dueAt())
                .s("atRiskAt", deadline.atRiskAt().map(Object::toString))
                .instant("clockFrom", explanation.start())
                .list("counted", explanation.counted().stream()
                        .map(interval -> Map.of("from", Item.s(interval.from().toString()), "to", Item.s(interval.to().toString())))
                        .toList())
                .list("skipped", explanation.skipped().stream().map(TicketItems::skippedDay).toList());
        // Written only when a counted day had hours of its own, so items of plain weeks keep their old shape.
        if (!explanation.specialHours().isEmpty()) {
            item.list("specialHours", explanation.specialHours().stream()
                    .map(day -> Map.of("date", Item.s(day.date().toString()), "why", Item.s(day.why())))
                    .toList());
        }
    }

    private static Map<String, AttributeValue> skippedDay(SkippedDay day) {
        return Map.of("date", Item.s(day.date().toString()), "reason", Item.s(day.reason().code()),
                "detail", Item.s(day.reason().detail()));
    }

    private static Optional<FirstResponseDeadline> readDeadline(Item.Reader item) {
        Optional<String> calendarId = item.optionalS("calendarId");
        if (calendarId.isEmpty()) {
            return Optional.empty();
        }
        BusinessTime target = BusinessTime.parse(item.s("target"));
        DeadlineExplanation explanation = new DeadlineExplanation(
                item.instant("clockFrom"),
                explainedTime(target, item),
                item.instant("dueAt"),
                item.list("counted").stream().map(c -> new CountedInterval(c.instant("from"), c.instant("to"))).toList(),
                item.list("skipped").stream().map(TicketItems::readSkippedDay).toList(),
                item.list("specialHours").stream()
                        .map(day -> new SpecialHours(LocalDate.parse(day.s("date")), day.s("why"))).toList());
        return Optional.of(new FirstResponseDeadline(target, calendarId.get(), item.s("calendarVersion"),
                ZoneId.of(item.s("calendarZone")), item.optionalInstant("atRiskAt"), explanation.dueAt(), explanation));
    }

    /** The business time an explanation counted: the target's hours, or for business days the pieces counted. */
    private static Duration explainedTime(BusinessTime target, Item.Reader item) {
        return switch (target) {
            case BusinessTime.Hours(Duration hours) -> hours;
            case BusinessTime.Days days -> item.list("counted").stream()
                    .map(c -> Duration.between(c.instant("from"), c.instant("to")))
                    .reduce(Duration.ZERO, Duration::plus);
        };
    }

    private static SkippedDay readSkippedDay(Item.Reader day) {
        return new SkippedDay(LocalDate.parse(day.s("date")), ClosureReason.of(day.s("reason"), day.s("detail")));
    }
}
