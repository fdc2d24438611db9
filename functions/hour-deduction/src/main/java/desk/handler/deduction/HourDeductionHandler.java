package desk.handler.deduction;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import desk.usecase.SettleHourBanks;
import desk.usecase.SettleHourBanks.OwedChange;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import desk.telemetry.EmbeddedMetrics;
import desk.telemetry.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The table's stream to the hour banks: each "Ticket Owed Changed" announcement of the batch is
 * settled with its ticket's bank ({@link SettleHourBanks}). The first record not settled and every
 * record after it go back to Lambda as batch item failures (the template turns on
 * {@code ReportBatchItemFailures}); a malformed record stops the batch there. One log line a batch.
 */
public class HourDeductionHandler extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(HourDeductionHandler.class);


    @Inject
    SettleHourBanks settle;

    public HourDeductionHandler() {}

    public HourDeductionHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        try (LogContext context = LogContext.begin("stream DeskTable (Ticket Owed Changed)", java.util.Optional.empty())) {
            return settle(event.getRecords() == null ? List.of() : event.getRecords());
        }
    }

    private StreamsEventResponse settle(List<DynamodbStreamRecord> records) {
        List<OwedChange> changes = new ArrayList<>();
        List<Integer> recordOfChange = new ArrayList<>();
        int failFromRecord = records.size();
        String malformed = null;
        for (int i = 0; i < records.size() && malformed == null; i++) {
            switch (OwedChangeRecords.read(records.get(i))) {
                case OwedChangeRecords.Read.Change(OwedChange change) -> {
                    changes.add(change);
                    recordOfChange.add(i);
                }
                case OwedChangeRecords.Read.Skip skip -> { }
                case OwedChangeRecords.Read.Malformed(String problem) -> {
                    failFromRecord = i;
                    malformed = "record " + records.get(i).getDynamodb().getSequenceNumber() + " is malformed: " + problem;
                }
            }
        }
        SettleHourBanks.Report report = settle.settle(changes);
        if (report.failedFrom().isPresent()) {
            failFromRecord = Math.min(failFromRecord, recordOfChange.get(report.failedFrom().getAsInt()));
        }
        List<BatchItemFailure> failures = records.subList(failFromRecord, records.size()).stream()
                .map(record -> new BatchItemFailure(record.getDynamodb().getSequenceNumber()))
                .toList();
        LOG.atInfo().addKeyValue("records", records.size()).addKeyValue("settled", report.settled())
                .addKeyValue("duplicates", report.duplicates()).addKeyValue("uncharged", report.uncharged())
                .addKeyValue("entries", report.entriesWritten()).addKeyValue("transactions", report.transactions())
                .addKeyValue("conflictRetries", report.conflictRetries()).addKeyValue("toRetry", failures.size())
                .addKeyValue("malformed", malformed).log(report.summary());
        EmbeddedMetrics.emit(Map.of(), List.of(
                new EmbeddedMetrics.Metric("MinutesCharged", report.minutesCharged(), EmbeddedMetrics.Unit.Count),
                new EmbeddedMetrics.Metric("MinutesRefunded", report.minutesRefunded(), EmbeddedMetrics.Unit.Count),
                EmbeddedMetrics.Metric.count("BankConflictRetries", report.conflictRetries()),
                EmbeddedMetrics.Metric.count("OwedChangesToRetry", failures.size())));
        return new StreamsEventResponse(failures);
    }
}
