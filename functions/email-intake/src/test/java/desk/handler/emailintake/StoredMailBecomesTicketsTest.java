package desk.handler.emailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.devkit.FunctionContexts;
import desk.devkit.FunctionProperties;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.mail.MailReading;
import desk.mail.StoredMail;
import desk.mime.MimeMailReader;
import desk.store.AccountStore;
import desk.store.TicketStore;
import desk.store.dynamo.DeskTable;
import desk.usecase.ReceiveMail;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The intake's context as the template starts it, on DynamoDB Local: the sample S3 event reads
 * through Micronaut serde (key URL-decoded), raw messages read by the MIME reader become tickets,
 * messages and records through the use case, the triage announcements carry their samples'
 * fields, and without the token's keys the function does not start. The S3 read itself
 * ({@link RawMailObjects}) needs an S3-speaking server: the local runtime's test covers it.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class StoredMailBecomesTicketsTest {
    private static final String KEY = Base64.getEncoder().encodeToString(
            "stored-mail-test-token-key-of-32-bytes!".getBytes(StandardCharsets.US_ASCII));

    private LocalDesk desk;
    private ApplicationContext context;
    private String id;
    private String domain;
    private Account account;

    @BeforeEach
    void start(LocalDesk desk) {
        this.desk = desk;
        Map<String, Object> local = new HashMap<>(FunctionProperties.localProperties(desk.endpoint()));
        local.put("desk.mail.token-keys", KEY);
        context = FunctionContexts.start(desk.template(), desk.template().function("EmailIntakeFunction"), local,
                FunctionProperties.LOCAL_LOG_STREAM);
        id = UUID.randomUUID().toString().substring(0, 8);
        domain = "cliente-" + id + ".example";
        account = new Account("acme-" + id, "Acme", Plan.ENTERPRISE, Contract.DIRECT, Optional.empty(), List.of(), "es-madrid",
                Optional.of("csm-marta"), List.of(domain), List.of());
        context.getBean(AccountStore.class).put(account);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    @Test
    void the_sample_event_reads_through_serde_with_its_key_decoded() throws IOException {
        S3Event event = sample();
        S3EventNotificationRecord record = event.getRecords().getFirst();

        assertThat(record.getEventName()).isEqualTo("ObjectCreated:Put");
        assertThat(record.getS3().getBucket().getName()).isEqualTo("desk-raw-mail-123456789012-eu-south-2");
        assertThat(record.getS3().getObject().getUrlDecodedKey()).isEqualTo("inbound/5t0d7v1hq9g6l2n3m4k5j6h7g8f9e0d1c2b3a4a1");
        assertThat(Instant.ofEpochMilli(record.getEventTime().getMillis())).isEqualTo(Instant.parse("2026-11-27T16:30:02.417Z"));
    }

    /** S3 sends keys URL-encoded, a space as {@code +}: the intake reads the object under its real key. */
    @Test
    void an_encoded_key_is_decoded_plus_as_space() throws IOException {
        String json = Files.readString(events().resolve("email-received.json"))
                .replace("inbound/5t0d7v1hq9g6l2n3m4k5j6h7g8f9e0d1c2b3a4a1", "inbound/a+mail%2Bwith%3Dsigns");
        S3Event event = context.getBean(JsonMapper.class).readValue(json, Argument.of(S3Event.class));

        assertThat(event.getRecords().getFirst().getS3().getObject().getUrlDecodedKey()).isEqualTo("inbound/a mail+with=signs");
    }

    @Test
    void a_stored_mail_opens_a_ticket_its_reply_joins_it_and_an_out_of_office_changes_nothing() throws IOException {
        ReceiveMail intake = context.getBean(ReceiveMail.class);

        ReceiveMail.Outcome opened = intake.receive(object(), read("new-question.eml"), Instant.parse("2026-11-27T16:30:02Z"));
        ReceiveMail.Outcome replied = intake.receive(object(), read("reply.eml"), Instant.parse("2026-11-30T09:00:02Z"));
        ReceiveMail.Outcome outOfOffice = intake.receive(object(), read("out-of-office.eml"), Instant.parse("2026-11-30T09:05:02Z"));

        var ticket = ((ReceiveMail.Outcome.TicketOpened) opened).ticket();
        assertThat(ticket.openedBy()).isEqualTo(new Principal.CustomerUser("mail:ana.garcia@" + domain, account.id()));
        assertThat(ticket.receivedAt()).isEqualTo(Instant.parse("2026-11-27T16:30:00Z"));
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-30T08:30:00Z"));
        assertThat(ticket.subject()).isEqualTo("The export of net prices fails since Monday");
        var message = ((ReceiveMail.Outcome.MessageAdded) replied).message();
        assertThat(message.ticketId()).isEqualTo(ticket.id());
        assertThat(message.body()).isEqualTo("It fails again this morning, now with 60 orders waiting.");
        assertThat(outOfOffice).isInstanceOf(ReceiveMail.Outcome.RecordedAutomatic.class);
        assertThat(context.getBean(TicketStore.class).conversation(ticket.id()))
                .extracting(m -> m.automatic()).containsExactly(false, true);
    }

    /** docs/events.md's samples are what triage receives: the outbox items carry exactly their detail fields. */
    @Test
    void unmatched_and_rejected_mail_announce_the_fields_of_their_samples() throws IOException {
        ReceiveMail intake = context.getBean(ReceiveMail.class);
        byte[] endless = ("Subject: " + "x".repeat(70_000) + "\r\nFrom: a@b.example\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII);

        var unmatched = (ReceiveMail.Outcome.Unmatched) intake.receive(object(), read("unknown-sender.eml"), Instant.parse("2026-11-27T16:31:02Z"));
        MailReading hostile = context.getBean(MimeMailReader.class).read(endless);
        var rejected = (ReceiveMail.Outcome.Rejected) intake.receive(object(), hostile, Instant.parse("2026-11-27T16:32:02Z"));

        assertThat(hostile).isInstanceOf(MailReading.Rejected.class);
        assertThat(detailKeys(unmatched.recordId())).containsExactlyInAnyOrderElementsOf(sampleDetailKeys("mail-unmatched.json"));
        assertThat(detailKeys(rejected.recordId())).containsExactlyInAnyOrderElementsOf(sampleDetailKeys("mail-rejected.json"));
    }

    /** The keys come from Secrets Manager through the environment (here its unresolved reference): unusable keys stop the start, naming the setting. */
    @Test
    void without_usable_token_keys_the_function_does_not_start_and_names_the_setting() {
        try (ApplicationContext bare = FunctionContexts.start(desk.template(), desk.template().function("EmailIntakeFunction"),
                FunctionProperties.localProperties(desk.endpoint()), FunctionProperties.LOCAL_LOG_STREAM)) {
            assertThatThrownBy(() -> new EmailIntakeHandler(bare)).hasStackTraceContaining("desk.mail.token-keys");
        }
    }

    private MailReading read(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/mail/" + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{domain}", domain).replace("{id}", id);
            return context.getBean(MimeMailReader.class).read(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static StoredMail object() {
        return new StoredMail("desk-raw-mail-123456789012-eu-south-2", "inbound/" + UUID.randomUUID());
    }

    private S3Event sample() throws IOException {
        return context.getBean(JsonMapper.class).readValue(Files.readAllBytes(events().resolve("email-received.json")),
                Argument.of(S3Event.class));
    }

    private Path events() {
        return desk.template().file().toAbsolutePath().getParent().resolve("events");
    }

    private List<String> detailKeys(String recordId) {
        DeskTable table = context.getBean(DeskTable.class);
        Map<String, AttributeValue> item = table.client().getItem(g -> g.tableName(table.name()).key(Map.of(
                "pk", AttributeValue.fromS("INBOUND#" + recordId), "sk", AttributeValue.fromS("EVENT#0000000001")))).item();
        return List.copyOf(item.get("detail").m().keySet());
    }

    @SuppressWarnings("unchecked")
    private List<String> sampleDetailKeys(String sample) throws IOException {
        Map<String, Object> event = context.getBean(JsonMapper.class).readValue(
                Files.readAllBytes(events().resolve("published").resolve(sample)), Argument.mapOf(String.class, Object.class));
        return List.copyOf(((Map<String, Object>) event.get("detail")).keySet());
    }
}
