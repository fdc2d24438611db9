package desk.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import desk.conversation.Message;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailOrigin;
import desk.mail.MailReading;
import desk.mail.MailThread;
import desk.mail.StoredMail;
import desk.mail.TicketToken;
import desk.store.MailThreads;
import desk.store.TicketStore;
import desk.store.dynamo.DeskTable;
import desk.ticket.Channel;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import desk.ticket.TicketKind;
import desk.ticket.TicketStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Mail intake on DynamoDB Local, through the real use case (ReceiveMail's javadoc lists the
 * rules): who a sender is, threading in its order, replies that join without replacing the
 * requester, automatic mail and bounces, triage of what no one takes, and counting each mail once.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class MailBecomesTicketsAndMessagesTest {
    /** Fri 27 Nov 2026 17:30 Madrid: an Enterprise ticket is due Mon 30 Nov 09:30 Madrid (policy). */
    private static final Instant FRIDAY_1730_MADRID = Instant.parse("2026-11-27T16:30:00Z");
    private static final Instant MONDAY_1000_MADRID = Instant.parse("2026-11-30T09:00:00Z");

    private MailWorld world;
    private LocalDesk desk;

    @BeforeEach
    void start(LocalDesk desk) {
        this.desk = desk;
        world = new MailWorld(desk);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_known_users_mail_opens_an_email_ticket_due_by_the_policy_deadline() {
        InboundMail mail = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build();

        ReceiveMail.Outcome outcome = world.receive(mail);

        Ticket ticket = ((ReceiveMail.Outcome.TicketOpened) outcome).ticket();
        assertThat(world.ticket(ticket.id())).isEqualTo(ticket);
        assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.kind()).isEqualTo(TicketKind.QUESTION);
        assertThat(ticket.openedBy()).isEqualTo(new Principal.CustomerUser("ana-sub", world.account.id()));
        assertThat(ticket.receivedAt()).isEqualTo(FRIDAY_1730_MADRID);
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-30T08:30:00Z"));
        assertThat(ticket.description()).isEqualTo("The labels print the street twice.");
        MailThread thread = threads().find(ticket.id()).orElseThrow();
        assertThat(thread.requester()).isEqualTo(world.ana);
        assertThat(thread.supportAddress()).isEqualTo(MailWorld.SUPPORT);
        assertThat(threads().ticketOfMessageId(mail.messageId().orElseThrow())).contains(ticket.id());
    }

    @Test
    void a_person_at_the_accounts_domain_opens_a_ticket_as_a_stable_mail_subject_and_cc_people_join_its_thread() {
        MailAddress eva = MailAddress.of("Eva@" + world.domain.toUpperCase());
        MailAddress luis = MailAddress.of("luis@partner-of-acme.example");
        InboundMail mail = MailWorld.mail(eva, FRIDAY_1730_MADRID)
                .to(MailWorld.SUPPORT, MailAddress.of("help+whatever@desk.example")).cc(luis).build();

        Ticket ticket = ((ReceiveMail.Outcome.TicketOpened) world.receive(mail)).ticket();

        assertThat(ticket.openedBy()).isEqualTo(new Principal.CustomerUser("mail:eva@" + world.domain, world.account.id()));
        MailThread thread = threads().find(ticket.id()).orElseThrow();
        assertThat(thread.requester()).isEqualTo(eva);
        assertThat(thread.participants()).containsExactly(luis);
    }

    @Test
    void a_severity_marker_makes_an_incident_accepted_without_replication_details() {
        InboundMail mail = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).subject("[Critical] Orders missing").build();

        Ticket ticket = ((ReceiveMail.Outcome.TicketOpened) world.receive(mail)).ticket();

        assertThat(ticket.kind()).isEqualTo(TicketKind.INCIDENT);
        assertThat(ticket.severity()).contains(Severity.CRITICAL);
        assertThat(ticket.subject()).isEqualTo("Orders missing");
        assertThat(ticket.needsDetails()).isTrue();
    }

    /** Threading in order: a token in a recipient address, then the Message-IDs answered, then a token in the subject. */
    @Test
    void a_token_in_an_address_beats_references_which_beat_a_token_in_the_subject() {
        InboundMail first = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build();
        InboundMail second = MailWorld.mail(world.ana, FRIDAY_1730_MADRID.plusSeconds(60)).build();
        String a = opened(first);
        String b = opened(second);

        ReceiveMail.Outcome byAddress = world.receive(MailWorld.mail(world.ana, MONDAY_1000_MADRID)
                .to(world.token.replyAddress(MailWorld.SUPPORT, a)).inReplyTo(second.messageId().orElseThrow())
                .subject("Re: labels " + world.token.subjectTag(b)).build());
        ReceiveMail.Outcome byReferences = world.receive(MailWorld.mail(world.ana, MONDAY_1000_MADRID)
                .references(MailWorld.messageId()).references(second.messageId().orElseThrow())
                .subject("Re: labels " + world.token.subjectTag(a)).build());
        ReceiveMail.Outcome bySubject = world.receive(MailWorld.mail(world.ana, MONDAY_1000_MADRID)
                .inReplyTo(MailWorld.messageId()).subject("Re: labels " + world.token.subjectTag(a)).build());

        assertThat(((ReceiveMail.Outcome.MessageAdded) byAddress).message().ticketId()).isEqualTo(a);
        assertThat(((ReceiveMail.Outcome.MessageAdded) byReferences).message().ticketId()).isEqualTo(b);
        assertThat(((ReceiveMail.Outcome.MessageAdded) bySubject).message().ticketId()).isEqualTo(a);
    }

    @Test
    void a_forged_token_names_no_ticket_so_the_mail_opens_its_own() {
        String a = opened(MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build());
        TicketToken forger = new TicketToken(List.of("another-key-of-at-least-32-bytes-long".getBytes(StandardCharsets.US_ASCII)));

        ReceiveMail.Outcome outcome = world.receive(MailWorld.mail(world.ana, MONDAY_1000_MADRID)
                .to(forger.replyAddress(MailWorld.SUPPORT, a)).subject("Re: " + forger.subjectTag(a)).build());

        assertThat(((ReceiveMail.Outcome.TicketOpened) outcome).ticket().id()).isNotEqualTo(a);
        assertThat(world.context.getBean(TicketStore.class).conversation(a)).isEmpty();
    }

    @Test
    void a_cc_persons_reply_joins_the_ticket_without_replacing_its_requester() {
        MailAddress luis = MailAddress.of("luis." + world.suffix + "@elsewhere.example");
        InboundMail first = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).cc(luis).build();
        String ticketId = opened(first);

        ReceiveMail.Outcome outcome = world.receive(MailWorld.mail(luis, MONDAY_1000_MADRID)
                .inReplyTo(first.messageId().orElseThrow()).cc(MailAddress.of("marta@elsewhere.example"))
                .body("Same here on the second printer.").build());

        Message message = ((ReceiveMail.Outcome.MessageAdded) outcome).message();
        assertThat(message.author()).isEqualTo(new Principal.CustomerUser("mail:" + luis.key(), world.account.id()));
        assertThat(message.body()).isEqualTo("Same here on the second printer.");
        assertThat(message.automatic()).isFalse();
        assertThat(world.ticket(ticketId).openedBy()).isEqualTo(new Principal.CustomerUser("ana-sub", world.account.id()));
        MailThread thread = threads().find(ticketId).orElseThrow();
        assertThat(thread.requester()).isEqualTo(world.ana);
        assertThat(thread.participants()).extracting(MailAddress::key)
                .containsExactly(luis.key(), "marta@elsewhere.example");
    }

    @Test
    void someone_unrelated_replying_with_a_valid_token_is_kept_for_triage_not_added() {
        String ticketId = opened(MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build());

        ReceiveMail.Outcome outcome = world.receive(MailWorld.mail(MailAddress.of("stranger@nowhere.example"), MONDAY_1000_MADRID)
                .to(world.token.replyAddress(MailWorld.SUPPORT, ticketId)).build());

        assertThat(outcome).isInstanceOf(ReceiveMail.Outcome.Unmatched.class);
        assertThat(world.context.getBean(TicketStore.class).conversation(ticketId)).isEmpty();
        assertThat(announcements(((ReceiveMail.Outcome.Unmatched) outcome).recordId())).hasSize(1);
    }

    /** Automatic mail on a ticket is an automatic message: it neither reopens a solved ticket nor stamps a response. */
    @Test
    void an_automatic_reply_on_a_solved_ticket_neither_reopens_nor_stamps_it() {
        InboundMail first = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build();
        String ticketId = opened(first);
        Ticket solved = world.setStatus(ticketId, TicketStatus.SOLVED, MONDAY_1000_MADRID);

        ReceiveMail.Outcome outcome = world.receive(MailWorld.mail(world.ana, MONDAY_1000_MADRID.plusSeconds(60))
                .inReplyTo(first.messageId().orElseThrow()).subject("Out of office")
                .origin(new MailOrigin.Automatic("Auto-Submitted: auto-replied")).build());

        Message message = ((ReceiveMail.Outcome.RecordedAutomatic) outcome).message().orElseThrow();
        assertThat(message.automatic()).isTrue();
        Ticket after = world.ticket(ticketId);
        assertThat(after.status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(after.sla()).isEqualTo(solved.sla());
        assertThat(after.version()).isEqualTo(solved.version());
        assertThat(threads().find(ticketId).orElseThrow().participants()).isEmpty();
    }

    @Test
    void automatic_mail_never_opens_a_ticket_and_is_recorded_without_announcement() {
        ReceiveMail.Outcome outcome = world.receive(MailWorld.mail(world.ana, FRIDAY_1730_MADRID)
                .origin(new MailOrigin.Automatic("Precedence: bulk")).build());

        assertThat(outcome).isEqualTo(new ReceiveMail.Outcome.RecordedAutomatic(Optional.empty(), Optional.empty()));
    }

    @Test
    void a_bounce_marks_the_failed_recipient_undeliverable_on_the_ticket_of_the_mail_that_bounced() {
        InboundMail first = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build();
        String ticketId = opened(first);

        ReceiveMail.Outcome outcome = world.receive(MailWorld.mail(MailAddress.of("MAILER-DAEMON@mx.example"), MONDAY_1000_MADRID)
                .origin(new MailOrigin.DeliveryFailure(List.of(world.ana.address()), first.messageId())).build());

        assertThat(outcome).isEqualTo(new ReceiveMail.Outcome.BounceRecorded(Optional.of(ticketId), List.of(world.ana)));
        assertThat(threads().find(ticketId).orElseThrow().isDeliverable(world.ana)).isFalse();
        assertThat(world.ticket(ticketId).status()).isEqualTo(TicketStatus.NEW);
    }

    @Test
    void an_unknown_senders_mail_is_kept_and_announced_once_however_often_it_is_delivered() {
        StoredMail object = MailWorld.object();
        InboundMail mail = MailWorld.mail(MailAddress.of("someone@unknown.example"), FRIDAY_1730_MADRID).build();

        ReceiveMail.Outcome first = world.receive.receive(object, new MailReading.Read(mail), FRIDAY_1730_MADRID);
        ReceiveMail.Outcome again = world.receive.receive(object, new MailReading.Read(mail), FRIDAY_1730_MADRID);

        String recordId = ((ReceiveMail.Outcome.Unmatched) first).recordId();
        assertThat(((ReceiveMail.Outcome.Unmatched) first).reason()).isEqualTo("unknown sender");
        assertThat(again).isInstanceOf(ReceiveMail.Outcome.Duplicate.class);
        List<Map<String, AttributeValue>> announced = announcements(recordId);
        assertThat(announced).singleElement().satisfies(item -> {
            assertThat(item.get("detailType").s()).isEqualTo("Mail Unmatched");
            assertThat(item.get("source").s()).isEqualTo("desk.mail");
            assertThat(item.get("detail").m().get("reason").s()).isEqualTo("unknown sender");
            assertThat(item.get("detail").m()).doesNotContainKeys("from", "subject");
        });
    }

    @Test
    void the_same_message_id_through_two_support_addresses_makes_one_ticket() {
        InboundMail toSupport = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build();
        InboundMail toHelp = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).messageId(toSupport.messageId().orElseThrow())
                .to(MailAddress.of("help@desk.example")).build();

        ReceiveMail.Outcome first = world.receive(toSupport);
        ReceiveMail.Outcome second = world.receive(toHelp);

        assertThat(first).isInstanceOf(ReceiveMail.Outcome.TicketOpened.class);
        assertThat(second).isInstanceOf(ReceiveMail.Outcome.Duplicate.class);
    }

    /** Two deliveries of one stored object racing: the marks' conditions decide, the loser reads again and is a duplicate. */
    @Test
    void racing_deliveries_of_one_object_open_exactly_one_ticket() throws Exception {
        StoredMail object = MailWorld.object();
        InboundMail mail = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ReceiveMail.Outcome>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Callable<ReceiveMail.Outcome> delivery = () -> world.receive.receive(object, new MailReading.Read(mail), FRIDAY_1730_MADRID);
                results.add(pool.submit(delivery));
            }
            List<ReceiveMail.Outcome> outcomes = new ArrayList<>();
            for (Future<ReceiveMail.Outcome> result : results) {
                outcomes.add(result.get());
            }

            assertThat(outcomes).filteredOn(ReceiveMail.Outcome.TicketOpened.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(ReceiveMail.Outcome.Duplicate.class::isInstance).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_reply_to_a_closed_ticket_opens_its_follow_up_by_mail() {
        InboundMail first = MailWorld.mail(world.ana, FRIDAY_1730_MADRID).build();
        String ticketId = opened(first);
        world.setStatus(ticketId, TicketStatus.SOLVED, MONDAY_1000_MADRID);
        world.setStatus(ticketId, TicketStatus.CLOSED, MONDAY_1000_MADRID.plusSeconds(1));

        ReceiveMail.Outcome outcome = world.receive(MailWorld.mail(world.ana, MONDAY_1000_MADRID.plusSeconds(3600))
                .inReplyTo(first.messageId().orElseThrow()).body("It happens again.").build());

        ReceiveMail.Outcome.FollowUpOpened followUp = (ReceiveMail.Outcome.FollowUpOpened) outcome;
        assertThat(followUp.followUp().followUpOf()).contains(ticketId);
        assertThat(followUp.followUp().channel()).isEqualTo(Channel.EMAIL);
        assertThat(followUp.message().body()).isEqualTo("It happens again.");
        assertThat(threads().find(followUp.followUp().id()).orElseThrow().requester()).isEqualTo(world.ana);
        assertThat(world.ticket(ticketId).status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void a_rejected_mail_is_recorded_with_its_reason_and_announced() {
        ReceiveMail.Outcome outcome = world.receive.receive(MailWorld.object(),
                new MailReading.Rejected("a header line is longer than 10000 characters"), FRIDAY_1730_MADRID);

        ReceiveMail.Outcome.Rejected rejected = (ReceiveMail.Outcome.Rejected) outcome;
        assertThat(rejected.reason()).isEqualTo("a header line is longer than 10000 characters");
        assertThat(announcements(rejected.recordId())).singleElement()
                .satisfies(item -> assertThat(item.get("detailType").s()).isEqualTo("Mail Rejected"));
        assertThat(item("INBOUND#" + rejected.recordId(), "INBOUND").get("reason").s()).isEqualTo(rejected.reason());
    }

    @Test
    void a_partner_users_new_mail_opens_a_ticket_for_its_only_client_and_is_triaged_when_it_has_several() {
        MailAddress pat = MailAddress.of("pat." + world.suffix + "@partner.example");
        MailAddress sam = MailAddress.of("sam." + world.suffix + "@partner.example");
        var single = world.partnerWithClients(1, pat);
        world.partnerWithClients(2, sam);

        ReceiveMail.Outcome forOne = world.receive(MailWorld.mail(pat, FRIDAY_1730_MADRID).build());
        ReceiveMail.Outcome forTwo = world.receive(MailWorld.mail(sam, FRIDAY_1730_MADRID).build());

        Ticket ticket = ((ReceiveMail.Outcome.TicketOpened) forOne).ticket();
        assertThat(ticket.accountId()).isEqualTo("client-0-" + single.id());
        assertThat(ticket.openedBy()).isEqualTo(new Principal.PartnerUser("pat-sub", single.id()));
        assertThat(forTwo).isInstanceOf(ReceiveMail.Outcome.Unmatched.class);
    }

    private String opened(InboundMail mail) {
        return ((ReceiveMail.Outcome.TicketOpened) world.receive(mail)).ticket().id();
    }

    private MailThreads threads() {
        return world.context.getBean(MailThreads.class);
    }

    private List<Map<String, AttributeValue>> announcements(String recordId) {
        DeskTable table = world.context.getBean(DeskTable.class);
        return table.client().query(q -> q.tableName(table.name()).keyConditionExpression("pk = :pk AND begins_with(sk, :e)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("INBOUND#" + recordId), ":e", AttributeValue.fromS("EVENT#")))
                .consistentRead(true)).items();
    }

    private Map<String, AttributeValue> item(String pk, String sk) {
        DeskTable table = world.context.getBean(DeskTable.class);
        return table.client().getItem(g -> g.tableName(table.name())
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
    }
}
