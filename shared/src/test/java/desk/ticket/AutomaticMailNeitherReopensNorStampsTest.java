package desk.ticket;

import static desk.ticket.Tickets.AGENT;
import static desk.ticket.Tickets.MADRID;
import static desk.ticket.Tickets.madrid;
import static desk.ticket.Tickets.message;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Plan;
import desk.conversation.Visibility;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Policy, "Email": automatic mail (an out-of-office, a list, an acknowledgement) on a matched ticket
 * is an automatic message: it moves no status and stops no clock, whatever the ticket's status and
 * whoever's address sent it, while the same message written by a person would.
 */
class AutomaticMailNeitherReopensNorStampsTest {
    private static final Instant RECEIVED = madrid("2026-11-23T10:00");
    private static final Instant LATER = madrid("2026-11-23T10:30");

    @Test
    void an_automatic_reply_leaves_a_ticket_waiting_on_the_customer_waiting() {
        Ticket waiting = Tickets.movedThrough(ticket(), RECEIVED, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER);

        TicketChange automatic = waiting.withMessage(message(waiting, waiting.openedBy(), Visibility.PUBLIC, true, LATER), MADRID);
        TicketChange person = waiting.withMessage(message(waiting, waiting.openedBy(), Visibility.PUBLIC, false, LATER), MADRID);

        assertThat(automatic.changed()).isFalse();
        assertThat(automatic.announcements()).isEmpty();
        assertThat(person.ticket().status()).as("the same message by a person").isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void an_automatic_message_from_supports_side_neither_picks_up_nor_stamps_a_new_ticket() {
        Ticket fresh = ticket();

        TicketChange automatic = fresh.withMessage(message(fresh, AGENT, Visibility.PUBLIC, true, LATER), MADRID);

        assertThat(automatic.changed()).isFalse();
        assertThat(automatic.ticket().status()).isEqualTo(TicketStatus.NEW);
        assertThat(automatic.ticket().sla().firstResponse()).isEmpty();
    }

    private static Ticket ticket() {
        Account account = Tickets.direct(Plan.ENTERPRISE);
        return Tickets.opened(account, Tickets.customerOf(account), TicketKind.QUESTION, RECEIVED).ticket();
    }
}
