package desk.handler.relay;

import java.util.List;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * The table's stream to EventBridge: each announcement INSERT (an outbox item, {@code sk}
 * {@code EVENT#...}) becomes an event on the desk's bus. Failed records go back to Lambda as batch
 * item failures (the template turns on {@code ReportBatchItemFailures}). One log line a batch.
 */
public class AnnouncementRelayHandler extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {

    @Inject
    AnnouncementRelay relay;

    public AnnouncementRelayHandler() {
    }

    public AnnouncementRelayHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        RelayReport report = relay.relay(event.getRecords() == null ? List.of() : event.getRecords());
        System.out.println(report.summary()); // stdout is the function's log stream in Lambda
        return report.response();
    }
}
