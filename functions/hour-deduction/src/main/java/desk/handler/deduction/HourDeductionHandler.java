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

/**
 * The table's stream to the hour banks: each "Ticket Owed Changed" announcement of the batch is
 * settled with its ticket's bank ({@link SettleHourBanks}). The first record not settled and every
 * record after it go back to Lambda as batch item failures (the template turns on
 * {@code ReportBatchItemFailures}); a malformed record stops the batch there. One log line a batch.
 */
public class HourDeductionHandler extends MicronautRequestHandler<DynamodbEvent, StreamsEventResponse> {

    @Inject
    SettleHourBanks settle;

    public HourDeductionHandler() {}

    public HourDeductionHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public StreamsEventResponse execute(DynamodbEvent event) {
        List<DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
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
        // stdout is the function's log stream in Lambda
        System.out.println(report.summary() + " records=" + records.size() + " toRetry=" + failures.size()
                + (malformed == null ? "" : " " + malformed));
        return new StreamsEventResponse(failures);
    }
}
