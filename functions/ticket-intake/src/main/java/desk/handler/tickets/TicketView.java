package desk.handler.tickets;

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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A ticket as the API shows it. Instants are written with the offset of the ticket's calendar
 * zone (2026-11-30T09:30:00+01:00), so people read local time and programs still get an instant.
 */
@Serdeable
public record TicketView(
        String id,
        String accountId,
        String status,
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
        FirstResponse firstResponse) {

    @Serdeable
    public record Replication(String affectedAccount, String steps, String expectedResult) {}

    @Serdeable
    public record OpenedBy(String role, String subject, String accountId, String partnerId) {}

    @Serdeable
    public record RespondTo(String recipient, String partnerId) {}

    /** The promise and, where it promises a time, the deadline with its explanation. */
    @Serdeable
    public record FirstResponse(
            String target,
            String businessTime,
            String reason,
            String dueAt,
            String atRiskAt,
            Calendar calendar,
            Explanation explanation) {}

    @Serdeable
    public record Calendar(String id, String version, String zone) {}

    @Serdeable
    public record Explanation(String clockStartsAt, List<Counted> counted, List<Skipped> skipped) {}

    @Serdeable
    public record Counted(String from, String to, String businessTime) {}

    @Serdeable
    public record Skipped(String date, String reason, String detail) {}

    public static TicketView of(Ticket ticket) {
        ZoneId zone = ticket.deadline().map(FirstResponseDeadline::zone).orElse(ZoneOffset.UTC);
        return new TicketView(
                ticket.id(),
                ticket.accountId(),
                ticket.status().name(),
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
                openedBy(ticket.openedBy()),
                new RespondTo(ticket.respondTo().code(), ticket.respondTo().partner().orElse(null)),
                local(ticket.receivedAt(), zone),
                firstResponse(ticket, zone));
    }

    private static OpenedBy openedBy(Principal opener) {
        return new OpenedBy(opener.role(), opener.subject(),
                opener instanceof Principal.CustomerUser customer ? customer.accountId() : null,
                opener instanceof Principal.PartnerUser partner ? partner.partnerId() : null);
    }

    private static FirstResponse firstResponse(Ticket ticket, ZoneId zone) {
        String reason = ticket.target() instanceof ResponseTarget.NoContractualTarget(String why) ? why : null;
        String target = ticket.target().code();
        return ticket.deadline()
                .map(deadline -> new FirstResponse(target, deadline.target().toString(), reason,
                        local(deadline.dueAt(), zone),
                        deadline.atRiskAt().map(at -> local(at, zone)).orElse(null),
                        new Calendar(deadline.calendarId(), deadline.calendarVersion(), zone.getId()),
                        explanation(deadline, zone)))
                .orElseGet(() -> new FirstResponse(target, null, reason, null, null, null, null));
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
                        .toList());
    }

    private static String local(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
