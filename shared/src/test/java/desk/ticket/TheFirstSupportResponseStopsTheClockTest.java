package desk.ticket;

import static desk.ticket.Tickets.AGENT;
import static desk.ticket.Tickets.MADRID;
import static desk.ticket.Tickets.agentReply;
import static desk.ticket.Tickets.enterpriseIncidentReceivedAt;
import static desk.ticket.Tickets.madrid;
import static desk.ticket.Tickets.message;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Plan;
import desk.conversation.Message;
import desk.conversation.Visibility;
import desk.identity.Principal;
import desk.sla.FirstResponse;
import desk.sla.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Policy, "First-response SLA": the first public, non-automatic message by support stops the
 * clock; met at or before {@code dueAt}, breached after; stamped once, the earliest, announced once.
 */
class TheFirstSupportResponseStopsTheClockTest {
    // Received Mon 23 Nov 10:00 Madrid under Enterprise's 2 h: due 12:00.
    private static final Instant RECEIVED = madrid("2026-11-23T10:00");
    private static final Instant DUE = madrid("2026-11-23T12:00");

    @Test
    void reply_at_due_time_meets_the_sla() {
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);

        TicketChange change = ticket.withMessage(agentReply(ticket, DUE), MADRID);

        assertThat(change.ticket().sla()).isInstanceOf(SlaState.Met.class);
        assertThat(change.ticket().sla().firstResponse().orElseThrow().businessResponseTime()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void reply_a_millisecond_after_due_time_breaches_the_sla() {
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);

        TicketChange change = ticket.withMessage(agentReply(ticket, DUE.plusMillis(1)), MADRID);

        assertThat(change.ticket().sla()).isInstanceOf(SlaState.Breached.class);
        assertThat(change.ticket().sla().firstResponse()).map(FirstResponse::at).contains(DUE.plusMillis(1));
    }

    @Test
    void automatic_messages_internal_notes_and_the_customers_own_messages_never_stop_the_clock() {
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);
        Principal customer = ticket.openedBy();

        assertThat(ticket.withMessage(message(ticket, AGENT, Visibility.PUBLIC, true, RECEIVED.plusSeconds(1)), MADRID).changed())
                .as("an acknowledgement").isFalse();
        assertThat(ticket.withMessage(message(ticket, AGENT, Visibility.INTERNAL, false, RECEIVED.plusSeconds(2)), MADRID).changed())
                .as("an internal note").isFalse();
        assertThat(ticket.withMessage(message(ticket, customer, Visibility.PUBLIC, false, RECEIVED.plusSeconds(3)), MADRID).changed())
                .as("the customer's own message").isFalse();
        assertThat(ticket.sla()).isInstanceOf(SlaState.Awaiting.class);
    }

    @Test
    void the_first_response_is_announced_once_with_its_outcome_and_business_time() {
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);

        TicketChange first = ticket.withMessage(agentReply(ticket, madrid("2026-11-23T10:45")), MADRID);
        TicketChange second = first.ticket().withMessage(agentReply(ticket, madrid("2026-11-23T11:00")), MADRID);

        // The reply also picks the new ticket up (Ticket Status Changed), announced just before.
        assertThat(responses(first)).singleElement().satisfies(announcement -> {
            assertThat(announcement.event().detailType()).isEqualTo("First Response Recorded");
            assertThat(announcement.sequence()).isEqualTo(ticket.announced() + 2);
            assertThat(announcement.detail()).containsEntry("outcome", "MET").containsEntry("businessResponseTime", "PT45M")
                    .containsEntry("eventId", ticket.id() + "/" + (ticket.announced() + 2));
        });
        assertThat(responses(second)).as("a later reply stamps nothing").isEmpty();
        assertThat(second.ticket().sla()).isEqualTo(first.ticket().sla());
        // It is still announced, for the mailer, and nothing else is.
        assertThat(second.announcements()).extracting(a -> a.event().detailType()).containsExactly("Support Replied");
    }

    @Test
    void an_earlier_response_stored_late_moves_the_stamp_announced_as_a_correction_not_a_second_recording() {
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);
        Message late = agentReply(ticket, DUE.plusSeconds(60));
        TicketChange later = ticket.withMessage(late, MADRID);

        TicketChange earlier = later.ticket().withMessage(agentReply(ticket, DUE.minusSeconds(60)), MADRID);

        assertThat(later.ticket().sla()).isInstanceOf(SlaState.Breached.class);
        assertThat(earlier.ticket().sla()).isInstanceOf(SlaState.Met.class);
        assertThat(earlier.ticket().sla().firstResponse()).map(FirstResponse::at).contains(DUE.minusSeconds(60));
        assertThat(responses(earlier)).singleElement().satisfies(correction -> {
            assertThat(correction.event().detailType()).isEqualTo("First Response Corrected");
            assertThat(correction.detail()).containsEntry("outcome", "MET").containsEntry("replacesMessageId", late.id());
        });
    }

    @Test
    void business_response_time_counts_only_open_hours() {
        // Received Fri 27 Nov 17:30, answered Mon 30 Nov 08:30: 30 min Friday + 30 min Monday.
        Ticket ticket = enterpriseIncidentReceivedAt(madrid("2026-11-27T17:30"));

        TicketChange change = ticket.withMessage(agentReply(ticket, madrid("2026-11-30T08:30")), MADRID);

        assertThat(change.ticket().sla().firstResponse().orElseThrow().businessResponseTime()).isEqualTo(Duration.ofHours(1));
        assertThat(change.ticket().sla()).isInstanceOf(SlaState.Met.class);
    }

    @Test
    void a_response_after_the_sweep_marked_the_ticket_breached_keeps_it_breached_and_records_the_time() {
        Ticket breached = Tickets.markedBreached(enterpriseIncidentReceivedAt(RECEIVED));

        TicketChange change = breached.withMessage(agentReply(breached, madrid("2026-11-23T13:00")), MADRID);

        assertThat(change.ticket().sla()).isInstanceOf(SlaState.Breached.class);
        assertThat(change.ticket().sla().firstResponse()).map(FirstResponse::businessResponseTime).contains(Duration.ofHours(3));
        assertThat(responses(change)).extracting(a -> a.detail().get("outcome")).containsExactly("BREACHED");
    }

    @Test
    void a_ticket_without_a_contractual_target_records_the_response_time_and_is_never_breached() {
        Account indirect = Tickets.indirect();
        Ticket ticket = Tickets.opened(indirect, Tickets.customerOf(indirect), TicketKind.QUESTION, RECEIVED).ticket();

        TicketChange change = ticket.withMessage(agentReply(ticket, madrid("2026-11-25T10:00")), MADRID);

        assertThat(ticket.sla()).isEqualTo(new SlaState.Tracked(Optional.empty()));
        assertThat(change.ticket().sla()).isInstanceOf(SlaState.Tracked.class);
        assertThat(change.ticket().sla().firstResponse()).map(FirstResponse::businessResponseTime).contains(Duration.ofHours(20));
        assertThat(responses(change)).extracting(a -> a.detail().get("outcome")).containsExactly("TRACKED");
    }

    @Test
    void an_account_request_is_tracked_against_customer_success_and_never_breached() {
        Account account = Tickets.direct(Plan.STARTER);
        Ticket request = Tickets.opened(account, Tickets.customerOf(account), TicketKind.ACCOUNT_REQUEST, RECEIVED).ticket();

        TicketChange change = request.withMessage(agentReply(request, madrid("2026-12-01T10:00")), MADRID);

        assertThat(change.ticket().sla()).isInstanceOf(SlaState.Tracked.class);
        assertThat(responses(change)).extracting(a -> a.detail().get("dueAt")).doesNotContainNull();
    }

    @Test
    void intake_announces_the_receipt_and_for_an_indirect_account_the_routing_to_its_partner() {
        Account indirect = Tickets.indirect();

        TicketChange opened = Tickets.opened(indirect, Tickets.customerOf(indirect), TicketKind.QUESTION, RECEIVED);

        assertThat(opened.announcements()).extracting(a -> a.event().detailType(), Announcement::sequence)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Ticket Received", 1L),
                        org.assertj.core.api.Assertions.tuple("Routed To Partner", 2L));
        assertThat(opened.ticket().announced()).isEqualTo(2);
        assertThat(opened.announcements().get(1).detail()).containsEntry("partnerId", Tickets.SOLUTION_PARTNER.id());
    }

    @Test
    void a_message_of_another_ticket_is_refused() {
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);
        Message elsewhere = new Message("m-1", "another-ticket", AGENT, "Hi", Visibility.PUBLIC, false, DUE);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> ticket.withMessage(elsewhere, MADRID));
    }

    /** The first-response announcements of a change, without the status change a first reply also makes. */
    private static java.util.List<Announcement> responses(TicketChange change) {
        return change.announcements().stream().filter(a -> a.event() instanceof TicketEvent.FirstResponseRecorded
                || a.event() instanceof TicketEvent.FirstResponseCorrected).toList();
    }
}
