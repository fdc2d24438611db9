package desk.handler.mailer;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.mail.MailAddress;
import desk.store.MailLedger;
import desk.ticket.Channel;
import desk.ticket.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No mail loops and no mail into the void: neither a reply nor an acknowledgement goes to an
 * address a bounce marked undeliverable on the ticket, to a no-reply mailbox, or to our own
 * domain. Each is recorded as not sendable with the reason, and nothing is sent.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class NoMailGoesToAddressesNobodyReadsTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-27T16:30:00Z");
    private static final Instant REPLIED = Instant.parse("2026-11-30T08:15:00Z");
    private static MailWorld world;
    private Account account;

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
        account = world.directAccount();
    }

    @Test
    void a_requester_marked_undeliverable_by_a_bounce_gets_no_reply() {
        MailAddress gone = MailAddress.of("old@client.example");
        Ticket ticket = world.ticket(account, Channel.EMAIL, "Net prices", RECEIVED, false, Optional.of(gone),
                List.of(MailAddress.of("OLD@Client.Example")));

        Map<String, Object> answer = replyTo(ticket);

        assertThat(answer).containsEntry("outcome", "NotSendable");
        assertThat((String) answer.get("reason")).contains("undeliverable");
        assertThat(world.sent).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no-reply@shop.example", "noreply@shop.example", "NoReply-Billing@shop.example",
            "donotreply@shop.example", "do_not_reply@shop.example", "mailer-daemon@mx.shop.example", "bounces+x@shop.example"})
    void a_no_reply_requester_gets_neither_a_reply_nor_an_acknowledgement(String address) {
        Ticket ticket = world.emailTicket(account, MailAddress.of(address), "Order 1234", RECEIVED, false);

        Map<String, Object> acknowledged = world.deliver(world.announced(ticket, "Ticket Received").getFirst());
        Map<String, Object> replied = replyTo(ticket);

        assertThat(acknowledged).containsEntry("outcome", "NotSendable");
        assertThat(replied).containsEntry("outcome", "NotSendable");
        assertThat((String) replied.get("reason")).contains("no-reply");
        assertThat(world.sent).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"support@desk.example", "billing@DESK.example"})
    void our_own_addresses_are_never_mailed(String address) {
        Ticket ticket = world.emailTicket(account, MailAddress.of(address), "Loop?", RECEIVED, false);

        Map<String, Object> acknowledged = world.deliver(world.announced(ticket, "Ticket Received").getFirst());
        Map<String, Object> replied = replyTo(ticket);

        assertThat(acknowledged).containsEntry("outcome", "NotSendable");
        assertThat((String) replied.get("reason")).contains("our own address");
        assertThat(world.sent).isEmpty();
    }

    @Test
    void a_not_sendable_mail_is_recorded_with_its_reason() {
        Ticket ticket = world.emailTicket(account, MailAddress.of("noreply@shop.example"), "Order 1234", RECEIVED, false);
        String eventId = world.announced(ticket, "Ticket Received").getFirst().eventId();

        world.deliver(world.announced(ticket, "Ticket Received").getFirst());

        assertThat(world.bean(MailLedger.class).find(eventId)).hasValueSatisfying(record -> {
            assertThat(record.state()).isEqualTo(MailLedger.MailRecord.State.NOT_SENT);
            assertThat(record.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("noreply@shop.example"));
        });
    }

    private static Map<String, Object> replyTo(Ticket ticket) {
        world.reply(ticket, "Set Export > Prices to NET.", REPLIED);
        return world.deliver(world.announced(ticket, "Support Replied").getFirst());
    }
}
