package desk.handler.mailer;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Partner;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.mail.MailAddress;
import desk.store.AnnouncementRecord;
import desk.store.MailLedger;
import desk.ticket.Ticket;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy: "Tickets of an INDIRECT account's users are answered to the partner, not the end
 * customer, unless the ticket is marked as agreed otherwise" — by mail too: the reply goes to the
 * Solution Partner's support address, to the requester when agreed direct, and is recorded as not
 * sendable (once, never retried) when the partner has no support address.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class IndirectTicketsAreAnsweredToThePartnerTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-27T16:30:00Z");
    private static final Instant REPLIED = Instant.parse("2026-11-30T08:15:00Z");
    private static final MailAddress END_CUSTOMER = MailAddress.of("luis@endcustomer.example");
    private static final MailAddress PARTNER_DESK = MailAddress.of("helpdesk@partner.example");
    private static MailWorld world;

    @BeforeAll
    static void start(LocalDesk desk) {
        world = new MailWorld(desk);
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @BeforeEach
    void clear() {
        world.sent.clear();
    }

    @Test
    void the_reply_goes_to_the_partners_support_address_not_the_end_customer() {
        Account account = world.indirectAccount(world.partner(Optional.of(PARTNER_DESK)));
        Ticket ticket = world.emailTicket(account, END_CUSTOMER, "Export fails", RECEIVED, false);

        Map<String, Object> answer = world.deliver(replied(ticket));

        assertThat(answer).containsEntry("outcome", "Sent");
        assertThat(world.sent).singleElement().satisfies(mail -> {
            assertThat(mail.recipients()).containsExactly("helpdesk@partner.example");
            assertThat(MailWorld.read(mail).to()).extracting(MailAddress::address).containsExactly("helpdesk@partner.example");
        });
    }

    @Test
    void a_ticket_agreed_direct_is_answered_to_its_requester() {
        Account account = world.indirectAccount(world.partner(Optional.of(PARTNER_DESK)));
        Ticket ticket = world.emailTicket(account, END_CUSTOMER, "Export fails", RECEIVED, true);

        world.deliver(replied(ticket));

        assertThat(world.sent).singleElement().satisfies(mail ->
                assertThat(mail.recipients()).containsExactly("luis@endcustomer.example"));
    }

    @Test
    void a_partner_without_a_support_address_is_recorded_as_not_sendable_once_and_never_retried() {
        Partner partner = world.partner(Optional.empty());
        Ticket ticket = world.emailTicket(world.indirectAccount(partner), END_CUSTOMER, "Export fails", RECEIVED, false);
        AnnouncementRecord replied = replied(ticket);

        Map<String, Object> answer = world.deliver(replied);
        Map<String, Object> again = world.deliver(replied);

        assertThat(answer).containsEntry("outcome", "NotSendable");
        assertThat((String) answer.get("reason")).contains(partner.id()).contains("no support address");
        assertThat(again).containsEntry("outcome", "AlreadySettled").containsEntry("state", "NOT_SENT");
        assertThat(world.sent).isEmpty();
        assertThat(world.bean(MailLedger.class).find(replied.eventId())).map(MailLedger.MailRecord::state)
                .contains(MailLedger.MailRecord.State.NOT_SENT);
    }

    private static AnnouncementRecord replied(Ticket ticket) {
        world.reply(ticket, "We fixed the channel mapping.", REPLIED);
        return world.announced(ticket, "Support Replied").getFirst();
    }
}
