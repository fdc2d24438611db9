package desk.handler.emailintake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.devkit.FunctionContexts;
import desk.devkit.FunctionProperties;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.AccountStore;
import desk.store.TicketStore;
import desk.store.dynamo.DeskTable;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The handler on the sample event (events/email-received.json), with the raw mail in a real
 * S3-speaking server (S3Proxy, its own JVM) and the table in DynamoDB Local: the object under the
 * event's URL-decoded key is read and becomes a ticket, the same event again changes nothing, and
 * an object S3 cannot give fails the invocation (so Lambda retries it and keeps it on failure).
 */
@ExtendWith(LocalDynamoDbExtension.class)
class TheHandlerReadsRawMailFromS3Test {
    private static final String BUCKET = "desk-raw-mail-123456789012-eu-south-2";
    private static final String SAMPLE_KEY = "inbound/5t0d7v1hq9g6l2n3m4k5j6h7g8f9e0d1c2b3a4a1";

    private static S3ProxyServer s3;
    private static S3Client client;
    private static ApplicationContext context;
    private static LocalDesk desk;

    @BeforeAll
    static void start(LocalDesk localDesk) {
        desk = localDesk;
        s3 = S3ProxyServer.start();
        client = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).endpointOverride(s3.endpoint())
                .forcePathStyle(true).region(Region.of("eu-south-2"))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build();
        client.createBucket(b -> b.bucket(BUCKET));
        Map<String, Object> local = new HashMap<>(FunctionProperties.localProperties(desk.endpoint()));
        local.put("desk.mail.token-keys", Base64.getEncoder().encodeToString(
                "handler-test-token-key-of-32-bytes-or-more".getBytes(StandardCharsets.US_ASCII)));
        local.put("desk.s3.endpoint", s3.endpoint().toString());
        context = FunctionContexts.start(desk.template(), desk.template().function("EmailIntakeFunction"), local,
                FunctionProperties.LOCAL_LOG_STREAM);
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        if (client != null) {
            client.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void the_sample_event_turns_its_stored_mail_into_a_ticket_once() throws IOException {
        String domain = domainWithAccount();
        put(SAMPLE_KEY, mail("new-question.eml", domain));
        EmailIntakeHandler handler = new EmailIntakeHandler(context);

        handler.handleRequest(event(SAMPLE_KEY), null);
        handler.handleRequest(event(SAMPLE_KEY), null);

        Map<String, AttributeValue> mark = item("MAILOBJ#" + BUCKET + "/" + SAMPLE_KEY, "MAILOBJ");
        assertThat(mark.get("disposition").s()).isEqualTo("TICKET_OPENED");
        String ticketId = mark.get("ticketId").s();
        assertThat(context.getBean(TicketStore.class).find(ticketId)).hasValueSatisfying(ticket ->
                assertThat(ticket.subject()).isEqualTo("The export of net prices fails since Monday"));
        assertThat(item("MAILOBJ#" + BUCKET + "/" + SAMPLE_KEY, "MAILOBJ").get("recordId")).isEqualTo(mark.get("recordId"));
    }

    /** S3 sends the key URL-encoded (a space as +): the object is read under its real key. */
    @Test
    void an_encoded_key_reads_the_object_under_its_real_key() throws IOException {
        String domain = domainWithAccount();
        String key = "inbound/a mail+" + UUID.randomUUID();
        put(key, mail("new-question.eml", domain));

        new EmailIntakeHandler(context).handleRequest(event(key.replace("+", "%2B").replace(" ", "+")), null);

        assertThat(item("MAILOBJ#" + BUCKET + "/" + key, "MAILOBJ")).containsKey("ticketId");
    }

    @Test
    void an_object_s3_cannot_give_fails_the_invocation_so_lambda_retries_it() throws IOException {
        EmailIntakeHandler handler = new EmailIntakeHandler(context);
        S3Event missing = event("inbound/" + UUID.randomUUID());

        assertThatThrownBy(() -> handler.handleRequest(missing, null))
                .isInstanceOf(RawMailObjects.RawMailUnavailableException.class)
                .hasMessageContaining("retry");
    }

    private static String domainWithAccount() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String domain = "cliente-" + id + ".example";
        context.getBean(AccountStore.class).put(new Account("acme-" + id, "Acme", Plan.ENTERPRISE, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid", Optional.of("csm-marta"), List.of(domain), List.of()));
        return domain;
    }

    private static byte[] mail(String file, String domain) throws IOException {
        try (InputStream in = TheHandlerReadsRawMailFromS3Test.class.getResourceAsStream("/mail/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{domain}", domain)
                    .replace("{id}", UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void put(String key, byte[] raw) {
        client.putObject(p -> p.bucket(BUCKET).key(key).contentType("message/rfc822"), RequestBody.fromBytes(raw));
    }

    /** The sample event, naming {@code encodedKey} as S3 would write it. */
    private static S3Event event(String encodedKey) throws IOException {
        Path sample = desk.template().file().toAbsolutePath().getParent().resolve("events/email-received.json");
        String json = Files.readString(sample).replace(SAMPLE_KEY, encodedKey);
        return context.getBean(JsonMapper.class).readValue(json, Argument.of(S3Event.class));
    }

    private static Map<String, AttributeValue> item(String pk, String sk) {
        DeskTable table = context.getBean(DeskTable.class);
        return table.client().getItem(g -> g.tableName(table.name()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
    }
}
