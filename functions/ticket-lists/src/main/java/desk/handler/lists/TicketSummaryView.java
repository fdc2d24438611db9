package desk.handler.lists;

import desk.access.AccessRules;
import desk.api.LocalTimes;
import desk.identity.Principal;
import desk.ticket.Severity;
import desk.ticket.TicketSummary;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;

/**
 * A list entry as the API shows it; times in the ticket's calendar zone, people's subjects within
 * their party (the assignee, an agent, to vendor staff only).
 */
@Serdeable
public record TicketSummaryView(
        String id,
        String accountId,
        String kind,
        String severity,
        String category,
        String subject,
        String status,
        String assignee,
        OpenedBy openedBy,
        String receivedAt,
        FirstResponse firstResponse) {

    @Serdeable
    public record OpenedBy(String role, String subject, String accountId, String partnerId) {}

    /** {@code state}: AWAITING, MET, BREACHED or TRACKED. */
    @Serdeable
    public record FirstResponse(String state, String dueAt, String respondedAt) {}

    static TicketSummaryView of(TicketSummary ticket, Principal viewer) {
        ZoneId zone = LocalTimes.zoneOf(ticket);
        Principal opener = ticket.openedBy();
        return new TicketSummaryView(
                ticket.id(),
                ticket.accountId(),
                ticket.kind().name(),
                ticket.severity().map(Severity::name).orElse(null),
                ticket.category().name(),
                ticket.subject(),
                ticket.status().name(),
                ticket.assignee().filter(agent -> AccessRules.showsStaffSubjects(viewer)).orElse(null),
                new OpenedBy(opener.role(), AccessRules.showsSubject(viewer, opener) ? opener.subject() : null,
                        opener instanceof Principal.CustomerUser customer ? customer.accountId() : null,
                        opener instanceof Principal.PartnerUser partner ? partner.partnerId() : null),
                LocalTimes.format(ticket.receivedAt(), zone),
                new FirstResponse(ticket.slaState(),
                        ticket.dueAt().map(at -> LocalTimes.format(at, zone)).orElse(null),
                        ticket.firstResponseAt().map(at -> LocalTimes.format(at, zone)).orElse(null)));
    }
}
