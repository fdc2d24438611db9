package desk.ticket;

import static desk.ticket.Tickets.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.Account;
import desk.account.Plan;
import desk.identity.Principal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Policy, "Tickets" (support may reclassify; every transition is announced) and "Support-hour
 * bank" (incidents are never charged, so a reclassification names the kinds before and after):
 * what reclassifying and assigning do to a ticket and announce.
 */
class SupportReclassifiesAndAssignsTicketsTest {
    private static final Instant RECEIVED = madrid("2026-11-23T10:00");
    private static final Instant LATER = madrid("2026-11-23T11:00");

    @Test
    void a_question_reclassified_as_an_incident_is_announced_with_both_kinds_for_the_hour_bank_and_keeps_its_deadline() {
        Ticket question = ticket(TicketKind.QUESTION);

        TicketChange change = Tickets.accepted(question.reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.CRITICAL), LATER));

        assertThat(change.ticket().kind()).isEqualTo(TicketKind.INCIDENT);
        assertThat(change.ticket().severity()).contains(Severity.CRITICAL);
        assertThat(change.ticket().queueRank()).hasValue(1);
        assertThat(change.ticket().deadline()).isEqualTo(question.deadline());
        assertThat(change.ticket().sla()).isEqualTo(question.sla());
        assertThat(change.announcements()).singleElement().satisfies(a -> {
            assertThat(a.event().detailType()).isEqualTo("Ticket Reclassified");
            assertThat(a.occurredAt()).isEqualTo(LATER);
            assertThat(a.detail()).containsEntry("ticketId", question.id()).containsEntry("accountId", question.accountId())
                    .containsEntry("fromKind", "QUESTION").containsEntry("toKind", "INCIDENT").containsEntry("toSeverity", "CRITICAL")
                    .doesNotContainKeys("fromSeverity", "openedByPartnerId");
        });
    }

    @Test
    void a_severity_change_is_a_reclassification_and_the_same_classification_again_is_nothing() {
        Ticket incident = ticket(TicketKind.INCIDENT);

        TicketChange minor = Tickets.accepted(incident.reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.MINOR), LATER));
        TicketChange same = Tickets.accepted(incident.reclassifiedAs(TicketKind.INCIDENT, incident.severity(), LATER));

        assertThat(minor.announcements()).extracting(a -> a.detail().get("fromSeverity"), a -> a.detail().get("toSeverity"))
                .containsExactly(tuple("MAJOR", "MINOR"));
        assertThat(same.changed()).isFalse();
    }

    @Test
    void an_account_request_is_never_reclassified_and_nothing_becomes_one() {
        Ticket request = ticket(TicketKind.ACCOUNT_REQUEST);
        Ticket question = ticket(TicketKind.QUESTION);

        assertThat(request.reclassifiedAs(TicketKind.QUESTION, Optional.empty(), LATER)).isInstanceOfSatisfying(
                TicketDecision.Invalid.class, invalid -> assertThat(invalid.problems()).extracting(p -> p.field()).containsExactly("kind"));
        assertThat(question.reclassifiedAs(TicketKind.ACCOUNT_REQUEST, Optional.empty(), LATER)).isInstanceOfSatisfying(
                TicketDecision.Invalid.class, invalid -> assertThat(invalid.problems()).extracting(p -> p.field()).containsExactly("kind"));
    }

    @Test
    void a_closed_ticket_is_neither_reclassified_nor_assigned() {
        Ticket closed = Tickets.movedThrough(ticket(TicketKind.QUESTION), RECEIVED, TicketStatus.SOLVED, TicketStatus.CLOSED);

        assertThat(closed.reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.MINOR), LATER))
                .isInstanceOfSatisfying(TicketDecision.Conflict.class, c -> assertThat(c.problem().field()).isEqualTo("status"));
        assertThat(closed.assignedTo(Optional.of("agent-1"), LATER))
                .isInstanceOfSatisfying(TicketDecision.Conflict.class, c -> assertThat(c.current()).isEqualTo(TicketStatus.CLOSED));
    }

    @Test
    void a_partners_ticket_names_the_partner_for_the_hour_bank() {
        Principal partner = new Principal.PartnerUser("partner-user", Tickets.SOLUTION_PARTNER.id());
        Ticket question = Tickets.opened(Tickets.indirect(), partner, TicketKind.QUESTION, RECEIVED).ticket();

        TicketChange change = Tickets.accepted(question.reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.MINOR), LATER));

        assertThat(change.announcements().getFirst().detail()).containsEntry("openedByPartnerId", Tickets.SOLUTION_PARTNER.id());
    }

    @Test
    void assigning_a_new_ticket_opens_it_announcing_the_assignment_then_the_status() {
        Ticket ticket = ticket(TicketKind.QUESTION);

        TicketChange change = Tickets.accepted(ticket.assignedTo(Optional.of("agent-1"), LATER));

        assertThat(change.ticket().assignee()).contains("agent-1");
        assertThat(change.ticket().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(change.announcements()).extracting(a -> a.event().detailType()).containsExactly("Ticket Assigned", "Ticket Status Changed");
        assertThat(change.announcements().getFirst().detail()).containsEntry("toAssignee", "agent-1").doesNotContainKey("fromAssignee");
        assertThat(change.announcements().get(1).detail()).containsEntry("reason", "ASSIGNED");
    }

    @Test
    void reassigning_and_unassigning_keep_the_status_and_the_same_assignee_again_is_nothing() {
        Ticket assigned = Tickets.accepted(ticket(TicketKind.QUESTION).assignedTo(Optional.of("agent-1"), LATER)).ticket();

        TicketChange reassigned = Tickets.accepted(assigned.assignedTo(Optional.of("agent-2"), LATER));
        TicketChange unassigned = Tickets.accepted(reassigned.ticket().assignedTo(Optional.empty(), LATER));

        assertThat(reassigned.announcements()).singleElement().satisfies(a -> assertThat(a.detail())
                .containsEntry("fromAssignee", "agent-1").containsEntry("toAssignee", "agent-2"));
        assertThat(unassigned.ticket().assignee()).isEmpty();
        assertThat(unassigned.ticket().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(Tickets.accepted(assigned.assignedTo(Optional.of("agent-1"), LATER)).changed()).isFalse();
    }

    @Test
    void assignees_are_staff_subjects_left_out_of_the_requester_sides_history() {
        assertThat(TicketEvent.STAFF_SUBJECT_FIELDS).contains("fromAssignee", "toAssignee");
    }

    private static Ticket ticket(TicketKind kind) {
        Account account = Tickets.direct(Plan.ENTERPRISE);
        return Tickets.opened(account, Tickets.customerOf(account), kind, RECEIVED).ticket();
    }
}
