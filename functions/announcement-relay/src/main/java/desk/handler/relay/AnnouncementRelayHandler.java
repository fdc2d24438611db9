package desk.handler.relay;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import desk.telemetry.EmbeddedMetrics;
import desk.telemetry.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * The table's stream to EventBridge: each announcement INSERT (an outbox item, {@code sk}
 * {@code EVENT#...}) becomes an event on the desk's bus. Failed records go back to Lambda as batch
 * item failures (the template turns on {@code ReportBatchItemFailures}). One log line and one
 * metric line a batch.
 */
public class AnnouncementRelayHandler extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(AnnouncementRelayHandler.class);


    @Inject
    AnnouncementRelay relay;

    public AnnouncementRelayHandler() {
    }

    public AnnouncementRelayHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        try (LogContext context = LogContext.begin("stream DeskTable (announcements)", Optional.empty())) {
            RelayReport report = relay.relay(event.getRecords() == null ? List.of() : event.getRecords());
            LOG.atInfo().addKeyValue("records", report.records()).addKeyValue("published", report.published())
                    .addKeyValue("skipped", report.skipped()).addKeyValue("putEventsCalls", report.putEventsCalls())
                    .addKeyValue("toRetry", report.failedSequenceNumbers().size()).log(report.summary());
            EmbeddedMetrics.emit(Map.of(), List.of(
                    EmbeddedMetrics.Metric.count("AnnouncementsPublished", report.published()),
                    EmbeddedMetrics.Metric.count("AnnouncementsToRetry", report.failedSequenceNumbers().size())));
            return report.response();
        }
    }
}
