package desk.ticket;

import static desk.ticket.Tickets.AGENT;
import static desk.ticket.Tickets.MADRID;
import static desk.ticket.Tickets.agentReply;
import static desk.ticket.Tickets.customerMessage;
import static desk.ticket.Tickets.madrid;
import static desk.ticket.Tickets.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.account.Account;
import desk.account.Plan;
import desk.conversation.Message;
import desk.conversation.Visibility;
import desk.intake.IntakeContext;
import desk.intake.TicketIntake;
import desk.sla.FirstResponseTargets;
import desk.sla.SlaState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Policy, "Tickets": "a closed ticket is final, and a new message about it opens a follow-up
 * ticket linked to it". The requester side's message goes to a new ticket intake opens as it
 * would any other (deadline from the message's receipt); support's message, and an automatic one,
 * is refused naming the status.
 */
class AClosedTicketIsFollowedUpNotReopenedTest {
    private static final Instant RECEIVED = madrid("2026-11-23T10:00");
    // Mon 30 Nov 17:30 Madrid: an Enterprise follow-up is due Tue 1 Dec 09:30.
    private static final Instant FOLLOW_UP_AT = madrid("2026-11-30T17:30");
    private static final TicketIntake INTAKE = new TicketIntake(FirstResponseTargets.policyDefaults());
    private static final Account ACCOUNT = Tickets.direct(Plan.ENTERPRISE);

    @Test
    void the_requesters_message_on_a_closed_ticket_goes_to_a_follow_up_and_the_closed_ticket_stays_as_it_is() {
        Ticket closed = closed();

        MessageDestination destination = closed.destinationOf(customerMessage(closed, FOLLOW_UP_AT));

        assertThat(destination).isEqualTo(new MessageDestination.FollowUp(closed));
        assertThatThrownBy(() -> closed.withMessage(customerMessage(closed, FOLLOW_UP_AT), MADRID))
                .as("a closed ticket takes no message").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void support_and_automatic_messages_on_a_closed_ticket_are_refused_naming_the_status() {
        Ticket closed = closed();

        for (Message message : new Message[] {agentReply(closed, FOLLOW_UP_AT),
                message(closed, AGENT, Visibility.INTERNAL, false, FOLLOW_UP_AT),
                message(closed, closed.openedBy(), Visibility.PUBLIC, true, FOLLOW_UP_AT)}) {
            assertThat(closed.destinationOf(message)).isInstanceOfSatisfying(MessageDestination.Refused.class, refused -> {
                assertThat(refused.conflict().problem().field()).isEqualTo("status");
                assertThat(refused.conflict().current()).isEqualTo(TicketStatus.CLOSED);
                assertThat(refused.conflict().allowed()).isEmpty();
            });
        }
    }

    @Test
    void any_other_ticket_takes_the_message_itself() {
        Ticket solved = Tickets.movedThrough(ticket(), RECEIVED, TicketStatus.SOLVED);

        assertThat(solved.destinationOf(customerMessage(solved, FOLLOW_UP_AT))).isEqualTo(new MessageDestination.ThisTicket());
        assertThat(solved.destinationOf(agentReply(solved, FOLLOW_UP_AT))).isEqualTo(new MessageDestination.ThisTicket());
    }

    @Test
    void the_follow_up_is_what_intake_opens_for_the_message_linked_to_the_closed_ticket() {
        Ticket closed = closed();
        Message message = new Message(customerMessage(closed, FOLLOW_UP_AT).id(), "9d7c8e1a-2222-4b4b-8c8c-000000000002",
                closed.openedBy(), "It fails again since the update", Visibility.PUBLIC, false, FOLLOW_UP_AT);

        TicketChange opened = INTAKE.followUp(message.ticketId(), closed, message, Channel.WEB,
                new IntakeContext(ACCOUNT, closed.openedBy(), Optional.empty()), MADRID);

        Ticket followUp = opened.ticket();
        assertThat(followUp.followUpOf()).contains(closed.id());
        assertThat(followUp.status()).isEqualTo(TicketStatus.NEW);
        assertThat(followUp.assignee()).isEmpty();
        assertThat(followUp.accountId()).isEqualTo(closed.accountId());
        assertThat(followUp.kind()).isEqualTo(closed.kind());
        assertThat(followUp.severity()).isEqualTo(closed.severity());
        assertThat(followUp.category()).isEqualTo(closed.category());
        assertThat(followUp.subject()).isEqualTo("Follow-up: " + closed.subject());
        assertThat(followUp.description()).isEqualTo(message.body());
        assertThat(followUp.openedBy()).isEqualTo(message.author());
        assertThat(followUp.receivedAt()).isEqualTo(FOLLOW_UP_AT);
        assertThat(followUp.deadline()).isEqualTo(Tickets.opened(ACCOUNT, closed.openedBy(), closed.kind(), FOLLOW_UP_AT)
                .ticket().deadline());
        assertThat(followUp.deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-12-01T09:30"));
        assertThat(followUp.sla()).isInstanceOf(SlaState.Awaiting.class);
        assertThat(opened.announcements()).singleElement().satisfies(a -> {
            assertThat(a.event().detailType()).isEqualTo("Ticket Received");
            assertThat(a.detail()).containsEntry("followUpOf", closed.id()).containsEntry("ticketId", followUp.id())
                    .containsEntry("sequence", 1L).containsEntry("dueAt", "2026-12-01T08:30:00Z");
        });
    }

    @Test
    void a_ticket_that_is_no_follow_up_announces_no_follow_up_of() {
        assertThat(ticket().received().announcements().getFirst().detail()).doesNotContainKey("followUpOf");
    }

    private static Ticket ticket() {
        return Tickets.opened(ACCOUNT, Tickets.customerOf(ACCOUNT), TicketKind.INCIDENT, RECEIVED).ticket();
    }

    private static Ticket closed() {
        return Tickets.movedThrough(ticket(), RECEIVED, TicketStatus.OPEN, TicketStatus.SOLVED, TicketStatus.CLOSED);
    }
}
