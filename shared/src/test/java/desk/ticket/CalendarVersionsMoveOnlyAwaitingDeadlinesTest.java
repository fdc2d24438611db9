package desk.ticket;

import static desk.ticket.Tickets.MADRID;
import static desk.ticket.Tickets.agentReply;
import static desk.ticket.Tickets.enterpriseIncidentReceivedAt;
import static desk.ticket.Tickets.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.calendar.BusinessCalendar;
import desk.calendar.ClosingDate;
import desk.sla.FirstResponseTargets;
import desk.sla.SlaState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Policy: a new calendar version recomputes the deadline of tickets still awaiting a first
 * response from their receipt, announced once; answered or breached tickets keep their outcome.
 */
class CalendarVersionsMoveOnlyAwaitingDeadlinesTest {
    private static final FirstResponseTargets TARGETS = FirstResponseTargets.policyDefaults();
    // The worked example: received Fri 27 Nov 17:30 Madrid, due Mon 30 Nov 09:30.
    private static final Instant RECEIVED = madrid("2026-11-27T17:30");
    private static final BusinessCalendar CLOSED_MONDAY = new BusinessCalendar(MADRID.id(), "2026-2", MADRID.zone(),
            MADRID.hours(), MADRID.holidays(), List.of(new ClosingDate(LocalDate.parse("2026-11-30"), "Local closure")));

    @Test
    void an_awaiting_ticket_is_due_a_day_later_when_the_new_version_closes_monday() {
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);

        TicketChange change = ticket.underCalendar(CLOSED_MONDAY, TARGETS, madrid("2026-11-28T10:00"));

        assertThat(change.ticket().deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-12-01T09:30"));
        assertThat(change.ticket().sla()).isEqualTo(new SlaState.Awaiting(SlaState.Checkpoint.atRisk(madrid("2026-12-01T09:00"))));
        assertThat(change.announcements()).singleElement().satisfies(a -> {
            assertThat(a.event().detailType()).isEqualTo("Deadline Changed");
            assertThat(a.detail()).containsEntry("closedDaysAdded", List.of("2026-11-30 Local closure"))
                    .containsEntry("closedDaysRemoved", List.of());
        });
    }

    @Test
    void a_ticket_already_announced_at_risk_waits_for_its_new_due_time_without_a_second_at_risk() {
        Ticket atRisk = at(enterpriseIncidentReceivedAt(RECEIVED), new SlaState.Awaiting(SlaState.Checkpoint.due(madrid("2026-11-30T09:30"))));

        TicketChange change = atRisk.underCalendar(CLOSED_MONDAY, TARGETS, madrid("2026-11-30T09:10"));

        assertThat(change.ticket().sla()).isEqualTo(new SlaState.Awaiting(SlaState.Checkpoint.due(madrid("2026-12-01T09:30"))));
    }

    @Test
    void answered_and_breached_tickets_and_tickets_already_under_the_version_keep_what_they_had() {
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);
        Ticket answered = ticket.withMessage(agentReply(ticket, madrid("2026-11-27T17:45")), MADRID).ticket();
        Ticket breached = Tickets.markedBreached(ticket);
        Ticket moved = ticket.underCalendar(CLOSED_MONDAY, TARGETS, madrid("2026-11-28T10:00")).ticket();

        assertThat(answered.underCalendar(CLOSED_MONDAY, TARGETS, madrid("2026-11-28T10:00")).changed()).isFalse();
        assertThat(breached.underCalendar(CLOSED_MONDAY, TARGETS, madrid("2026-11-28T10:00")).changed()).isFalse();
        assertThat(moved.underCalendar(CLOSED_MONDAY, TARGETS, madrid("2026-11-28T11:00")).changed()).isFalse();
    }

    private static Ticket at(Ticket ticket, SlaState sla) {
        return new Ticket(ticket.id(), ticket.accountId(), ticket.openedBy(), ticket.channel(), ticket.kind(), ticket.severity(),
                ticket.category(), ticket.subject(), ticket.description(), ticket.replication(), ticket.needsDetails(),
                ticket.integrationSupport(), ticket.respondTo(), ticket.status(), ticket.assignee(), ticket.followUpOf(),
                ticket.receivedAt(), ticket.target(),
                ticket.deadline(), sla, ticket.worked(), ticket.version(), ticket.announced());
    }
}
