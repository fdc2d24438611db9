package desk.local;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import desk.devkit.LocalAws;
import desk.devkit.S3EventSource;
import desk.devkit.SamTemplate;

/**
 * S3's event notifications to Lambda, which no local S3 server delivers: after an object is
 * stored, each {@code S3} event of the template on that bucket whose event names and key filter
 * match gets the {@code S3Event} S3 would send (one record, {@code eventVersion} 2.1, the key
 * URL-encoded as S3 encodes it, spaces as {@code +}), as an asynchronous invocation.
 */
final class S3Notifications {

    static final String OBJECT_CREATED_PUT = "ObjectCreated:Put";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private final SamTemplate template;
    private final List<S3EventSource> sources;
    private final AsyncInvocations invocations;
    private final Clock clock;
    private final PrintStream log;
    /** S3's sequencer orders the events of one key; a counter from the start time orders them across restarts too. */
    private final AtomicLong sequencer;

    S3Notifications(SamTemplate template, AsyncInvocations invocations, Clock clock, PrintStream log) {
        this.template = template;
        this.sources = template.s3EventSources();
        this.invocations = invocations;
        this.clock = clock;
        this.log = log;
        this.sequencer = new AtomicLong(clock.instant().toEpochMilli() * 1_000_000L);
    }

    List<S3EventSource> sources() {
        return sources;
    }

    /** Announces a stored object to every function whose S3 event matches it; returns how many were told. */
    int objectCreated(LocalS3.StoredObject object) {
        int told = 0;
        for (S3EventSource source : sources) {
            if (!template.bucketName(source.bucketLogicalId()).equals(object.bucket())
                    || !source.matches("s3:" + OBJECT_CREATED_PUT, object.key())) {
                continue;
            }
            invocations.invoke(source.functionLogicalId(), event(source, object, clock.instant()),
                    "s3://" + object.bucket() + "/" + object.key());
            told++;
        }
        if (told == 0) {
            log.printf("S3 %s/%s stored; no S3 event of the template matches it%n", object.bucket(), object.key());
        }
        return told;
    }

    /** The {@code S3Event} JSON, as S3 writes it. */
    String event(S3EventSource source, LocalS3.StoredObject object, Instant time) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", LocalAws.REGION.id());
        record.put("eventTime", EVENT_TIME.format(time.truncatedTo(ChronoUnit.MILLIS)));
        record.put("eventName", OBJECT_CREATED_PUT);
        record.putObject("userIdentity").put("principalId", "AWS:" + LocalAws.ACCOUNT_ID);
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        ObjectNode response = record.putObject("responseElements");
        response.put("x-amz-request-id", HexFormat.of().withUpperCase().formatHex(randomBytes(8)));
        response.put("x-amz-id-2", java.util.Base64.getEncoder().encodeToString(randomBytes(48)));
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", source.id());
        ObjectNode bucket = s3.putObject("bucket");
        bucket.put("name", object.bucket());
        bucket.putObject("ownerIdentity").put("principalId", LocalAws.ACCOUNT_ID);
        bucket.put("arn", "arn:aws:s3:::" + object.bucket());
        ObjectNode stored = s3.putObject("object");
        stored.put("key", encodeKey(object.key()));
        stored.put("size", object.size());
        stored.put("eTag", object.eTag());
        stored.put("sequencer", Long.toHexString(sequencer.incrementAndGet()).toUpperCase(Locale.ROOT));
        return event.toString();
    }

    /** S3 writes keys in events form-encoded (a space is {@code +}), leaving the slashes of the key's path. */
    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
