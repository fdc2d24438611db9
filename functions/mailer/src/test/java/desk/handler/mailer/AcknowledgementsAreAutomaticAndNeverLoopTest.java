package desk.handler.mailer;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailOrigin;
import desk.store.AnnouncementRecord;
import desk.ticket.Channel;
import desk.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new email ticket is acknowledged to its sender (the ticket, its subject and its first-response
 * deadline in the calendar's zone), as automatic mail ({@code Auto-Submitted: auto-replied},
 * RFC 3834), once per ticket and at most once per sender in {@code desk.mail.acknowledgement-window}
 * (one hour): another auto-responder answering our acknowledgement with new mail gets no second one.
 * Web tickets are not acknowledged by mail.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class AcknowledgementsAreAutomaticAndNeverLoopTest {
    private static final String SAMPLE_TICKET = "7d4c2b1a-9e8f-4a3b-8c2d-1e0f9a8b7c6d";
    /** Fri 27 Nov 2026 17:30 Madrid: an Enterprise ticket is due Mon 30 Nov 09:30 (the policy's example). */
    private static final Instant RECEIVED = Instant.parse("2026-11-27T16:30:00Z");
    private static MailWorld world;
    private Account account;
    private MailAddress sender;

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
        sender = MailAddress.of("ana-" + account.id() + "@client.example");
    }

    @Test
    void the_sample_acknowledgement_is_automatic_mail_naming_the_ticket_and_its_deadline_in_madrid_time() {
        Ticket ticket = world.emailTicket(account, sender, "Net prices", RECEIVED, false);

        Map<String, Object> answer = world.deliverSample("email-ticket-received.json", Map.of(SAMPLE_TICKET, ticket.id()));

        assertThat(answer).containsEntry("outcome", "Sent");
        assertThat(world.sent).singleElement().satisfies(sent -> {
            assertThat(sent.recipients()).containsExactly(sender.address());
            assertThat(sent.text()).contains("\r\nAuto-Submitted: auto-replied\r\n");
            InboundMail mail = MailWorld.read(sent);
            assertThat(mail.origin()).isEqualTo(new MailOrigin.Automatic("Auto-Submitted: auto-replied"));
            assertThat(mail.inReplyTo()).containsExactly(MailWorld.inboundMessageId(ticket.id()));
            assertThat(mail.subject()).isEqualTo("Re: Net prices " + world.token().subjectTag(ticket.id()));
            assertThat(world.token().fromAddresses(mail.replyTo())).contains(ticket.id());
            assertThat(mail.body()).contains(ticket.id()).contains("Net prices")
                    .contains("Monday 30 November 2026, 09:30 (Europe/Madrid)");
        });
    }

    @Test
    void a_ticket_is_acknowledged_once_however_often_its_announcement_arrives() {
        Ticket ticket = world.emailTicket(account, sender, "Net prices", RECEIVED, false);
        AnnouncementRecord received = world.announced(ticket, "Ticket Received").getFirst();

        world.deliver(received);
        Map<String, Object> again = world.deliver(received);

        assertThat(again).containsEntry("outcome", "AlreadySettled");
        assertThat(world.sent).hasSize(1);
    }

    @Test
    void a_sender_gets_one_acknowledgement_per_window_however_many_tickets_it_opens() {
        Ticket first = world.emailTicket(account, sender, "Net prices", RECEIVED, false);
        Ticket withinTheHour = world.emailTicket(account, sender, "Auto: Re: Net prices", RECEIVED.plus(Duration.ofMinutes(59)), false);
        Ticket anHourLater = world.emailTicket(account, sender, "Labels", RECEIVED.plus(Duration.ofHours(1)), false);

        world.deliver(world.announced(first, "Ticket Received").getFirst());
        Map<String, Object> refused = world.deliver(world.announced(withinTheHour, "Ticket Received").getFirst());
        Map<String, Object> later = world.deliver(world.announced(anHourLater, "Ticket Received").getFirst());

        assertThat(refused).containsEntry("outcome", "NotSendable");
        assertThat((String) refused.get("reason")).contains(first.id()).contains("PT1H");
        assertThat(later).containsEntry("outcome", "Sent");
        assertThat(world.sent).extracting(mail -> MailWorld.read(mail).subject())
                .containsExactly("Re: Net prices " + world.token().subjectTag(first.id()),
                        "Re: Labels " + world.token().subjectTag(anHourLater.id()));
    }

    @Test
    void a_web_ticket_is_not_acknowledged_by_mail() {
        Ticket ticket = world.ticket(account, Channel.WEB, "Net prices", RECEIVED, false, Optional.empty(), List.of());

        Map<String, Object> answer = world.deliver(world.announced(ticket, "Ticket Received").getFirst());

        assertThat(answer).containsEntry("outcome", "NoMail");
        assertThat(world.sent).isEmpty();
    }

    @Test
    void other_announcements_are_not_mailed() {
        Ticket ticket = world.emailTicket(account, sender, "Net prices", RECEIVED, false);
        world.reply(ticket, "Set Export > Prices to NET.", RECEIVED.plus(Duration.ofDays(3)));

        Map<String, Object> answer = world.deliver(world.announced(ticket, "First Response Recorded").getFirst());

        assertThat(answer).containsEntry("outcome", "NoMail");
        assertThat(world.sent).isEmpty();
    }
}
