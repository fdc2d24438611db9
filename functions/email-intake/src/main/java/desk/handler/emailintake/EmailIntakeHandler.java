package desk.handler.emailintake;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import desk.mail.StoredMail;
import desk.telemetry.EmbeddedMetrics;
import desk.telemetry.LogContext;
import desk.usecase.MisconfiguredException;
import desk.usecase.ReceiveMail;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raw-mail bucket's object-created events to mail intake: each stored message is read
 * ({@link RawMailObjects}) and taken in ({@link ReceiveMail}) at the event's time. A mail that
 * cannot be read is recorded as rejected and does not fail the invocation; trouble reaching S3 or
 * the table does, so Lambda retries and then keeps the event on the failure queue. One log line and
 * one {@code MailsReceived} metric (by {@code Outcome}) per mail, without addresses or subjects.
 */
public class EmailIntakeHandler extends MicronautRequestHandler<S3Event, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(EmailIntakeHandler.class);

    @Inject
    RawMailObjects objects;

    private ReceiveMail receiveMail;

    public EmailIntakeHandler() {}

    public EmailIntakeHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public Void execute(S3Event event) {
        List<S3EventNotificationRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
        try (LogContext log = LogContext.begin("s3 raw mail", Optional.empty())) {
            for (S3EventNotificationRecord record : records) {
                receive(record);
            }
        }
        return null;
    }

    private void receive(S3EventNotificationRecord record) {
        // Object keys arrive URL-encoded (a space as +).
        StoredMail object = new StoredMail(record.getS3().getBucket().getName(), record.getS3().getObject().getUrlDecodedKey());
        Instant eventTime = Instant.ofEpochMilli(record.getEventTime().getMillis());
        ReceiveMail.Outcome outcome = receiveMail.receive(object, objects.read(object), eventTime);
        LOG.atInfo().addKeyValue("outcome", outcome.name()).addKeyValue("bucket", object.bucket())
                .addKeyValue("objectKey", object.key()).addKeyValue("ticketId", ticketOf(outcome))
                .addKeyValue("recordId", recordOf(outcome)).log("mail " + outcome.name());
        EmbeddedMetrics.emit(Map.of("Outcome", outcome.name()), List.of(EmbeddedMetrics.Metric.count("MailsReceived", 1)));
    }

    /**
     * The use case exists only where the ticket token's keys are configured: without them the
     * function does not start, and says which setting is missing (not "no such bean").
     */
    @Inject
    void receiveMail(ApplicationContext context) {
        receiveMail = context.findBean(ReceiveMail.class).orElseThrow(() -> new MisconfiguredException(
                "desk.mail.token-keys (DESK_MAIL_TOKEN_KEYS) is not set: mail intake needs the ticket token's keys, "
                        + "comma-separated base64 of at least 32 bytes each, the signing key first"));
    }

    private static String ticketOf(ReceiveMail.Outcome outcome) {
        return switch (outcome) {
            case ReceiveMail.Outcome.TicketOpened opened -> opened.ticket().id();
            case ReceiveMail.Outcome.MessageAdded added -> added.ticket().id();
            case ReceiveMail.Outcome.FollowUpOpened followUp -> followUp.followUp().id();
            case ReceiveMail.Outcome.RecordedAutomatic automatic -> automatic.ticketId().orElse(null);
            case ReceiveMail.Outcome.BounceRecorded bounce -> bounce.ticketId().orElse(null);
            default -> null;
        };
    }

    private static String recordOf(ReceiveMail.Outcome outcome) {
        return switch (outcome) {
            case ReceiveMail.Outcome.Unmatched unmatched -> unmatched.recordId();
            case ReceiveMail.Outcome.Rejected rejected -> rejected.recordId();
            default -> null;
        };
    }
}
