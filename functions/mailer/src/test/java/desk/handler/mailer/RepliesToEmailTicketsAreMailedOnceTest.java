package desk.handler.mailer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.account.Account;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.devkit.ses.SentMail;
import desk.devkit.ses.SesError;
import desk.conversation.Message;
import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailOrigin;
import desk.mail.ReplyMarker;
import desk.store.AnnouncementRecord;
import desk.store.MailLedger;
import desk.store.MailThreads;
import desk.ticket.Channel;
import desk.ticket.Ticket;
import desk.usecase.MailNotSentException;
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
 * Policy, "Email": an agent's public reply on an email ticket is mailed to its requester, once per
 * announcement however often EventBridge delivers it, threaded under the mail that opened the
 * ticket (our Message-ID recorded for the replies, {@code In-Reply-To}/{@code References}, the
 * signed reply-to address and subject tag). A web ticket's reply is not mailed; SES trouble leaves
 * nothing marked sent and asks for a retry, which then sends the same Message-ID.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class RepliesToEmailTicketsAreMailedOnceTest {
    private static final String SAMPLE_TICKET = "7d4c2b1a-9e8f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String SAMPLE_MESSAGE = "019ad0b1-2c58-7a3e-9f10-4b6c8d2e1a37";
    private static final Instant RECEIVED = Instant.parse("2026-11-27T16:30:00Z");
    private static final Instant REPLIED = Instant.parse("2026-11-30T08:15:00Z");
    private static final MailAddress ANA = new MailAddress("ana@client.example", Optional.of("Ana Ruiz"));
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
    void the_sample_reply_is_mailed_to_the_requester_threaded_under_the_mail_that_opened_the_ticket() {
        Ticket ticket = world.emailTicket(account, ANA, "Net prices", RECEIVED, false);
        Message reply = world.reply(ticket, "Set Export > Prices to NET in the channel profile.", REPLIED);
        String eventId = world.announced(ticket, "Support Replied").getFirst().eventId();

        Map<String, Object> answer = world.deliverSample("support-replied.json",
                Map.of(SAMPLE_TICKET + "/5", eventId, SAMPLE_TICKET, ticket.id(), SAMPLE_MESSAGE, reply.id()));

        assertThat(answer).containsEntry("outcome", "Sent");
        SentMail sent = world.sent.getFirst();
        assertThat(world.sent).hasSize(1);
        assertThat(sent.recipients()).containsExactly("ana@client.example");
        assertThat(sent.from()).isEqualTo("support@desk.example");
        InboundMail mail = MailWorld.read(sent);
        String ours = (String) answer.get("messageId");
        assertThat(ours).matches("[0-9a-f-]{36}@desk\\.example");
        assertThat(mail.messageId()).contains(ours);
        assertThat(mail.inReplyTo()).containsExactly(MailWorld.inboundMessageId(ticket.id()));
        assertThat(mail.references()).containsExactly(MailWorld.inboundMessageId(ticket.id()));
        assertThat(mail.to()).extracting(MailAddress::address).containsExactly("ana@client.example");
        assertThat(world.token().fromAddresses(mail.replyTo())).contains(ticket.id());
        assertThat(mail.replyTo()).singleElement().satisfies(address -> assertThat(address.address()).startsWith("support+"));
        assertThat(mail.subject()).isEqualTo("Re: Net prices " + world.token().subjectTag(ticket.id()));
        assertThat(world.token().fromSubject(mail.subject())).contains(ticket.id());
        assertThat(mail.body()).startsWith(ReplyMarker.TEXT).contains("Set Export > Prices to NET in the channel profile.");
        assertThat(mail.origin()).as("a person's reply is not marked automatic").isInstanceOf(MailOrigin.Person.class);
        assertThat(world.bean(MailThreads.class).ticketOfMessageId(ours)).as("a reply to it threads").contains(ticket.id());
        assertThat(world.bean(MailLedger.class).find(eventId)).map(MailLedger.MailRecord::state).contains(MailLedger.MailRecord.State.SENT);
    }

    @Test
    void a_redelivered_announcement_sends_nothing() {
        Ticket ticket = world.emailTicket(account, ANA, "Net prices", RECEIVED, false);
        world.reply(ticket, "Set Export > Prices to NET.", REPLIED);
        AnnouncementRecord replied = world.announced(ticket, "Support Replied").getFirst();

        Map<String, Object> first = world.deliver(replied);
        Map<String, Object> again = world.deliver(replied);

        assertThat(first).containsEntry("outcome", "Sent");
        assertThat(again).containsEntry("outcome", "AlreadySettled").containsEntry("state", "SENT");
        assertThat(world.sent).hasSize(1);
    }

    @Test
    void a_second_reply_answers_the_customers_mail_and_references_the_first_reply_too() {
        Ticket ticket = world.emailTicket(account, ANA, "Net prices", RECEIVED, false);
        world.reply(ticket, "First answer.", REPLIED);
        world.reply(ticket, "Second answer.", REPLIED.plusSeconds(600));
        List<AnnouncementRecord> replies = world.announced(ticket, "Support Replied");

        String firstId = (String) world.deliver(replies.get(0)).get("messageId");
        String secondId = (String) world.deliver(replies.get(1)).get("messageId");

        InboundMail second = MailWorld.read(world.sent.get(1));
        assertThat(second.messageId()).contains(secondId);
        assertThat(second.inReplyTo()).as("we answer the customer's newest mail").containsExactly(MailWorld.inboundMessageId(ticket.id()));
        assertThat(second.references()).containsExactly(MailWorld.inboundMessageId(ticket.id()), firstId);
        assertThat(second.subject()).isEqualTo("Re: Net prices " + world.token().subjectTag(ticket.id()));
    }

    @Test
    void a_web_tickets_reply_is_not_mailed_and_nothing_is_recorded() {
        Ticket ticket = world.ticket(account, Channel.WEB, "Net prices", RECEIVED, false, Optional.empty(), List.of());
        world.reply(ticket, "Set Export > Prices to NET.", REPLIED);
        AnnouncementRecord replied = world.announced(ticket, "Support Replied").getFirst();

        Map<String, Object> answer = world.deliver(replied);

        assertThat(answer).containsEntry("outcome", "NoMail");
        assertThat(world.sent).isEmpty();
        assertThat(world.bean(MailLedger.class).find(replied.eventId())).isEmpty();
    }

    @Test
    void an_announcement_of_a_ticket_this_desk_does_not_hold_sends_nothing() {
        Map<String, Object> answer = world.deliverSample("support-replied.json", Map.of());

        assertThat(answer).containsEntry("outcome", "NoMail");
        assertThat((String) answer.get("reason")).contains(SAMPLE_TICKET).contains("does not exist");
        assertThat(world.sent).isEmpty();
    }

    @Test
    void ses_throttling_is_a_retryable_error_nothing_is_marked_sent_and_the_retry_sends_the_same_message_id() {
        Ticket ticket = world.emailTicket(account, ANA, "Net prices", RECEIVED, false);
        world.reply(ticket, "Set Export > Prices to NET.", REPLIED);
        AnnouncementRecord replied = world.announced(ticket, "Support Replied").getFirst();
        world.ses.refuse(100, SesError.throttled());

        assertThatThrownBy(() -> world.deliver(replied)).isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("TooManyRequestsException").hasMessageContaining("retry later");

        assertThat(world.sent).isEmpty();
        assertThat(world.bean(MailLedger.class).find(replied.eventId())).map(MailLedger.MailRecord::state)
                .contains(MailLedger.MailRecord.State.SENDING);
        world.ses.refuse(0, SesError.throttled());
        Map<String, Object> retried = world.deliver(replied);
        assertThat(retried).containsEntry("outcome", "Sent");
        assertThat(MailWorld.read(world.sent.getFirst()).messageId()).contains((String) retried.get("messageId"));
    }

    @Test
    void an_ses_server_error_is_retryable_too() {
        Ticket ticket = world.emailTicket(account, ANA, "Net prices", RECEIVED, false);
        world.reply(ticket, "Set Export > Prices to NET.", REPLIED);
        AnnouncementRecord replied = world.announced(ticket, "Support Replied").getFirst();
        world.ses.refuse(100, SesError.internalFailure());

        assertThatThrownBy(() -> world.deliver(replied)).isInstanceOf(MailNotSentException.class).hasMessageContaining("500");

        world.ses.refuse(0, SesError.internalFailure());
        assertThat(world.sent).isEmpty();
        assertThat(world.bean(MailLedger.class).find(replied.eventId())).map(MailLedger.MailRecord::state)
                .contains(MailLedger.MailRecord.State.SENDING);
    }
}
