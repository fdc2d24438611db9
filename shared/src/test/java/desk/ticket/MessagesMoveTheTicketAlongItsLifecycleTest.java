package desk.ticket;

import static desk.ticket.Tickets.AGENT;
import static desk.ticket.Tickets.MADRID;
import static desk.ticket.Tickets.agentReply;
import static desk.ticket.Tickets.customerMessage;
import static desk.ticket.Tickets.madrid;
import static desk.ticket.Tickets.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.Account;
import desk.account.Plan;
import desk.conversation.Visibility;
import desk.identity.Principal;
import desk.sla.SlaState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Policy, "Tickets": a requester's message on a solved ticket reopens it, and on one waiting on
 * the customer gives it back to support; an agent's first public reply picks a new ticket up.
 * Each move is announced; a message that moves nothing changes nothing (the first-response stamp
 * works as before).
 */
class MessagesMoveTheTicketAlongItsLifecycleTest {
    private static final Instant RECEIVED = madrid("2026-11-23T10:00");
    private static final Instant LATER = madrid("2026-11-24T10:00");

    @Test
    void a_customers_message_on_a_solved_ticket_reopens_it_announced_once() {
        Ticket solved = Tickets.movedThrough(ticket(), RECEIVED, TicketStatus.OPEN, TicketStatus.SOLVED);

        TicketChange change = solved.withMessage(customerMessage(solved, LATER), MADRID);

        assertThat(change.ticket().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(change.announcements()).extracting(a -> a.event().detailType(), a -> a.detail().get("fromStatus"),
                        a -> a.detail().get("toStatus"), a -> a.detail().get("reason"))
                .containsExactly(tuple("Ticket Status Changed", "SOLVED", "OPEN", "REQUESTER_REPLIED"));
        assertThat(change.announcements().getFirst().occurredAt()).isEqualTo(LATER);
    }

    @Test
    void a_partners_message_on_a_ticket_waiting_on_the_customer_gives_it_back_to_support() {
        Account indirect = Tickets.indirect();
        Principal partnerUser = new Principal.PartnerUser("partner-user", Tickets.SOLUTION_PARTNER.id());
        Ticket waiting = Tickets.movedThrough(Tickets.opened(indirect, partnerUser, TicketKind.QUESTION, RECEIVED).ticket(),
                RECEIVED, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER);

        TicketChange change = waiting.withMessage(message(waiting, partnerUser, Visibility.PUBLIC, false, LATER), MADRID);

        assertThat(change.ticket().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(change.announcements()).singleElement()
                .satisfies(a -> assertThat(a.detail()).containsEntry("fromStatus", "WAITING_ON_CUSTOMER"));
    }

    @Test
    void an_automatic_requester_message_an_agents_reply_and_a_note_leave_a_solved_ticket_solved() {
        Ticket solved = Tickets.movedThrough(ticket(), RECEIVED, TicketStatus.OPEN, TicketStatus.SOLVED);

        assertThat(solved.withMessage(message(solved, solved.openedBy(), Visibility.PUBLIC, true, LATER), MADRID).changed())
                .as("an out-of-office reply").isFalse();
        assertThat(solved.withMessage(agentReply(solved, LATER), MADRID).ticket().status()).as("support's reply")
                .isEqualTo(TicketStatus.SOLVED);
        assertThat(solved.withMessage(message(solved, AGENT, Visibility.INTERNAL, false, LATER), MADRID).changed())
                .as("a note").isFalse();
    }

    @Test
    void an_agents_first_public_reply_picks_a_new_ticket_up_and_stamps_the_first_response() {
        Ticket ticket = ticket();

        TicketChange change = ticket.withMessage(agentReply(ticket, madrid("2026-11-23T10:30")), MADRID);

        assertThat(change.ticket().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(change.ticket().sla()).isInstanceOf(SlaState.Met.class);
        assertThat(change.announcements()).extracting(a -> a.event().detailType(), Announcement::sequence).containsExactly(
                tuple("Ticket Status Changed", ticket.announced() + 1), tuple("First Response Recorded", ticket.announced() + 2),
                // The question is engaged: it owes its bank the minimum quarter hour.
                tuple("Ticket Owed Changed", ticket.announced() + 3),
                // Announced last, for the mailer: every reply of support's, the first one included.
                tuple("Support Replied", ticket.announced() + 4));
        assertThat(change.announcements().getFirst().detail()).containsEntry("reason", "SUPPORT_REPLIED");
    }

    @Test
    void an_acknowledgement_a_note_and_the_customers_own_message_leave_a_new_ticket_new() {
        Ticket ticket = ticket();

        assertThat(ticket.withMessage(message(ticket, AGENT, Visibility.PUBLIC, true, LATER), MADRID).changed()).isFalse();
        assertThat(ticket.withMessage(message(ticket, AGENT, Visibility.INTERNAL, false, LATER), MADRID).changed()).isFalse();
        assertThat(ticket.withMessage(customerMessage(ticket, LATER), MADRID).changed()).isFalse();
    }

    @Test
    void the_customers_message_on_an_open_ticket_changes_nothing() {
        Ticket open = Tickets.movedThrough(ticket(), RECEIVED, TicketStatus.OPEN);

        TicketChange change = open.withMessage(customerMessage(open, LATER), MADRID);

        assertThat(change.changed()).isFalse();
        assertThat(change.ticket()).isEqualTo(open);
    }

    @Test
    void a_late_first_reply_on_a_waiting_ticket_stamps_without_moving_it() {
        Ticket waiting = Tickets.movedThrough(ticket(), RECEIVED, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER);

        TicketChange change = waiting.withMessage(agentReply(waiting, LATER), MADRID);

        assertThat(change.ticket().status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
        assertThat(change.announcements()).extracting(a -> a.event().detailType())
                .containsExactly("First Response Recorded", "Ticket Owed Changed", "Support Replied");
    }

    private static Ticket ticket() {
        Account account = Tickets.direct(Plan.ENTERPRISE);
        return Tickets.opened(account, Tickets.customerOf(account), TicketKind.QUESTION, RECEIVED).ticket();
    }
}
