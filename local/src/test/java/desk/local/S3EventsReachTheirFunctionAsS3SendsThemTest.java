package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.BucketDefinition;
import desk.devkit.SamTemplate;
import desk.local.fixture.S3RecorderHandler;

/**
 * S3's notifications, which no local S3 server sends, sent by the runtime after each stored
 * object: on a real S3 server (S3Proxy in its own JVM), a template whose function takes the raw-mail
 * bucket's {@code inbound/} objects with 2 retries and an on-failure destination. The function
 * gets the {@code S3Event} S3 sends, once, through the JSON round trip, as an asynchronous
 * invocation; a function that keeps failing is retried as Lambda retries, then its event is written
 * to the failure file in Lambda's destination format.
 */
class S3EventsReachTheirFunctionAsS3SendsThemTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static LocalFiles files;
    private static DeskRuntime runtime;

    @BeforeAll
    static void start() {
        SamTemplate template = FixtureTemplate.in(dir, "mail-fixture-template.yaml");
        files = new LocalFiles(dir.resolve(".local"));
        LocalS3 s3 = LocalS3.start(0, Optional.empty(), files.s3Log(), QUIET);
        s3.createBuckets(template.buckets().stream().map(BucketDefinition::localName).toList(), QUIET);
        // Lambda's retry delays of 1 and 2 minutes, 600 times shorter.
        runtime = new DeskRuntime(template, LocalDatabase.start(0, true, null, QUIET), files, Optional.of(s3), 600,
                Clock.systemUTC(), QUIET);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @BeforeEach
    void reset() {
        S3RecorderHandler.reset();
    }

    @Test
    void a_stored_object_reaches_its_function_once_with_the_event_s3_sends_and_its_key_url_encoded() throws Exception {
        String content = "Subject: Net prices\r\n\r\nWhich setting exports net prices?\r\n";

        LocalS3.StoredObject stored = runtime.storeObject("rawmailbucket", "inbound/a message+1 (copy).eml",
                content.getBytes(StandardCharsets.UTF_8), "message/rfc822");

        assertThat(Eventually.within(Duration.ofSeconds(30), () -> !S3RecorderHandler.DELIVERIES.isEmpty())).isTrue();
        Thread.sleep(500); // room for a wrong second delivery to show up
        assertThat(S3RecorderHandler.DELIVERIES).hasSize(1);
        S3RecorderHandler.Delivery delivery = S3RecorderHandler.DELIVERIES.getFirst();
        S3EventNotificationRecord record = delivery.record();
        assertThat(record.getEventVersion()).isEqualTo("2.1");
        assertThat(record.getEventSource()).isEqualTo("aws:s3");
        assertThat(record.getEventName()).isEqualTo("ObjectCreated:Put");
        assertThat(record.getAwsRegion()).isEqualTo("eu-south-2");
        assertThat(record.getEventTime()).isNotNull();
        assertThat(record.getS3().getBucket().getName()).isEqualTo("rawmailbucket");
        assertThat(record.getS3().getBucket().getArn()).isEqualTo("arn:aws:s3:::rawmailbucket");
        assertThat(record.getS3().getObject().getKey()).isEqualTo("inbound/a+message%2B1+%28copy%29.eml");
        assertThat(record.getS3().getObject().getSizeAsLong()).isEqualTo(content.length());
        assertThat(record.getS3().getObject().geteTag()).isEqualTo(md5(content)).isEqualTo(stored.eTag());
        assertThat(record.getS3().getObject().getSequencer()).isNotBlank();
        assertThat(delivery.decodedKey()).isEqualTo("inbound/a message+1 (copy).eml");
        assertThat(delivery.content()).isEqualTo(content);
    }

    @Test
    void an_object_outside_the_events_prefix_reaches_no_function() throws Exception {
        runtime.storeObject("rawmailbucket", "outbound/x.eml", "x".getBytes(StandardCharsets.UTF_8), "message/rfc822");

        Thread.sleep(1000);
        assertThat(S3RecorderHandler.ATTEMPTS).isEmpty();
    }

    @Test
    void a_function_failing_every_time_is_tried_three_times_then_its_event_goes_to_the_failure_file() throws Exception {
        runtime.storeObject("rawmailbucket", "inbound/fail.eml", "x".getBytes(StandardCharsets.UTF_8), "message/rfc822");

        assertThat(Eventually.within(Duration.ofSeconds(30), () -> Files.exists(files.asyncFailures()))).isTrue();
        List<String> failures = Files.readAllLines(files.asyncFailures());
        assertThat(failures).hasSize(1);
        assertThat(S3RecorderHandler.ATTEMPTS).containsExactly("inbound/fail.eml", "inbound/fail.eml", "inbound/fail.eml");
        JsonNode failure = JSON.readTree(failures.getFirst());
        assertThat(failure.at("/requestContext/condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(failure.at("/requestContext/approximateInvokeCount").asInt()).isEqualTo(3);
        assertThat(failure.at("/requestContext/functionArn").asText()).endsWith(":function:MailRecorderFunction:$LATEST");
        assertThat(failure.at("/responseContext/functionError").asText()).isEqualTo("Unhandled");
        assertThat(failure.at("/responsePayload/errorMessage").asText()).contains("failing on inbound/fail.eml as asked");
        assertThat(failure.at("/requestPayload/Records/0/s3/object/key").asText()).isEqualTo("inbound/fail.eml");
        assertThat(failure.path("destination").asText()).isEqualTo("MailFailures");
    }

    private static String md5(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
