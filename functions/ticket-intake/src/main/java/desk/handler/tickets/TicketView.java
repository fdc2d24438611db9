package desk.handler.tickets;

import desk.access.AccessRules;
import desk.bank.TicketCharge;
import desk.ticket.SupportOwed;
import desk.api.LocalTimes;
import desk.calendar.DeadlineExplanation;
import desk.identity.Principal;
import desk.sla.FirstResponseDeadline;
import desk.sla.ResponseTarget;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A ticket as the API shows it. Instants are written with the offset of the ticket's calendar
 * zone (2026-11-30T09:30:00+01:00), so people read local time and programs still get an instant.
 */
@Serdeable
public record TicketView(
        String id,
        String accountId,
        String status,
        String assignee,
        String followUpOf,
        String channel,
        String kind,
        String severity,
        String category,
        boolean outOfScope,
        boolean needsDetails,
        String integrationSupport,
        String subject,
        String description,
        Replication replication,
        OpenedBy openedBy,
        RespondTo respondTo,
        String receivedAt,
        FirstResponse firstResponse,
        Cost cost) {

    /**
     * What the ticket has cost its hour bank: the minutes charged so far and the bank that paid
     * (absent until the hour deduction first charged it). Vendor staff also see the whole minutes
     * worked and what the ticket owes by the rule, which the charge catches up with.
     */
    @Serdeable
    public record Cost(Long minutesWorked, Long owedMinutes, long chargedMinutes, Bank bank) {}

    @Serdeable
    public record Bank(String holder, long contractYear) {}

    @Serdeable
    public record Replication(String affectedAccount, String steps, String expectedResult) {}

    @Serdeable
    public record OpenedBy(String role, String subject, String accountId, String partnerId) {}

    @Serdeable
    public record RespondTo(String recipient, String partnerId) {}

    /**
     * The promise, where it promises a time the deadline with its explanation, and where the
     * ticket stands: {@code state} AWAITING, MET, BREACHED or TRACKED, and the stamped response.
     */
    @Serdeable
    public record FirstResponse(
            String target,
            String businessTime,
            String reason,
            String dueAt,
            String atRiskAt,
            Calendar calendar,
            Explanation explanation,
            String state,
            String respondedAt,
            String businessResponseTime) {}

    @Serdeable
    public record Calendar(String id, String version, String zone) {}

    /** {@code specialHours}: the dates counted on whose hours were their own, and why ("Christmas Eve: open 08:00-14:00"). */
    @Serdeable
    public record Explanation(String clockStartsAt, List<Counted> counted, List<Skipped> skipped, List<SpecialHours> specialHours) {}

    @Serdeable
    public record Counted(String from, String to, String businessTime) {}

    @Serdeable
    public record Skipped(String date, String reason, String detail) {}

    @Serdeable
    public record SpecialHours(String date, String why) {}

    /**
     * The ticket as {@code viewer} sees it: people's subjects only within their own party, so the
     * assignee (an agent) for vendor staff only.
     */
    public static TicketView of(Ticket ticket, Principal viewer, Optional<TicketCharge> charge) {
        ZoneId zone = LocalTimes.zoneOf(ticket);
        return new TicketView(
                ticket.id(),
                ticket.accountId(),
                ticket.status().name(),
                AccessRules.showsStaffSubjects(viewer) ? ticket.assignee().orElse(null) : null,
                ticket.followUpOf().orElse(null),
                ticket.channel().name(),
                ticket.kind().name(),
                ticket.severity().map(Severity::name).orElse(null),
                ticket.category().name(),
                ticket.isOutOfSupportScope(),
                ticket.needsDetails(),
                ticket.integrationSupport().name(),
                ticket.subject(),
                ticket.description(),
                new Replication(ticket.replication().affectedAccount(),
                        ticket.replication().steps().orElse(null), ticket.replication().expectedResult().orElse(null)),
                openedBy(ticket.openedBy(), viewer),
                new RespondTo(ticket.respondTo().code(), ticket.respondTo().partner().orElse(null)),
                local(ticket.receivedAt(), zone),
                firstResponse(ticket, zone),
                cost(ticket, viewer, charge));
    }

    /** Staff see every ticket's cost; others only a charge to a bank they read (which the caller filtered). */
    private static Cost cost(Ticket ticket, Principal viewer, Optional<TicketCharge> charge) {
        Bank bank = charge.map(c -> new Bank(c.holder().key(), c.contractYear())).orElse(null);
        long charged = charge.map(TicketCharge::chargedMinutes).orElse(0L);
        if (AccessRules.seesTimeWorked(viewer)) {
            return new Cost(SupportOwed.minutesWorked(ticket.worked()), ticket.owedMinutes(), charged, bank);
        }
        return charge.isPresent() ? new Cost(null, null, charged, bank) : null;
    }

    private static OpenedBy openedBy(Principal opener, Principal viewer) {
        return new OpenedBy(opener.role(), AccessRules.showsSubject(viewer, opener) ? opener.subject() : null,
                opener instanceof Principal.CustomerUser customer ? customer.accountId() : null,
                opener instanceof Principal.PartnerUser partner ? partner.partnerId() : null);
    }

    private static FirstResponse firstResponse(Ticket ticket, ZoneId zone) {
        String reason = ticket.target() instanceof ResponseTarget.NoContractualTarget(String why) ? why : null;
        String target = ticket.target().code();
        Optional<FirstResponseDeadline> deadline = ticket.deadline();
        Optional<desk.sla.FirstResponse> response = ticket.sla().firstResponse();
        return new FirstResponse(target,
                deadline.map(d -> d.target().toString()).orElse(null),
                reason,
                deadline.map(d -> local(d.dueAt(), zone)).orElse(null),
                deadline.flatMap(FirstResponseDeadline::atRiskAt).map(at -> local(at, zone)).orElse(null),
                deadline.map(d -> new Calendar(d.calendarId(), d.calendarVersion(), zone.getId())).orElse(null),
                deadline.map(d -> explanation(d, zone)).orElse(null),
                ticket.sla().code(),
                response.map(r -> local(r.at(), zone)).orElse(null),
                response.map(r -> r.businessResponseTime().toString()).orElse(null));
    }

    private static Explanation explanation(FirstResponseDeadline deadline, ZoneId zone) {
        DeadlineExplanation explanation = deadline.explanation();
        return new Explanation(
                local(deadline.clockStartedAt(), zone),
                explanation.counted().stream()
                        .map(c -> new Counted(local(c.from(), zone), local(c.to(), zone), Duration.between(c.from(), c.to()).toString()))
                        .toList(),
                explanation.skipped().stream()
                        .map(day -> new Skipped(day.date().toString(), day.reason().code(), day.reason().detail()))
                        .toList(),
                explanation.specialHours().stream()
                        .map(day -> new SpecialHours(day.date().toString(), day.why()))
                        .toList());
    }

    private static String local(Instant instant, ZoneId zone) {
        return LocalTimes.format(instant, zone);
    }
}
