package desk.handler.sweep;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import desk.usecase.ApplyCalendarVersions;
import desk.usecase.SweepSlas;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import desk.telemetry.EmbeddedMetrics;
import desk.telemetry.LogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The one-minute schedule's sweep. "Now" is the schedule's time from the event, never the clock,
 * so a sweep can be replayed at any instant; it stops between tickets when less than
 * {@code desk.sweep.reserve} of the invocation's time is left, and the next run goes on.
 */
public class SlaSweepHandler extends MicronautRequestHandler<ScheduledEvent, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(SlaSweepHandler.class);

    @Inject
    ApplyCalendarVersions calendarVersions;
    @Inject
    SweepSlas sweep;
    @Value("${desk.sweep.reserve-millis}")
    long reserveMillis;

    public SlaSweepHandler() {}

    public SlaSweepHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public Map<String, Object> execute(ScheduledEvent event) {
        if (event == null || event.getTime() == null) {
            throw new IllegalArgumentException("a scheduled event carries its time; this one has none");
        }
        Instant now = Instant.ofEpochMilli(event.getTime().getMillis());
        long start = System.nanoTime();
        try (LogContext context = LogContext.begin("schedule " + event.getResources(), Optional.empty())) {
            return sweep(now, start);
        }
    }

    private Map<String, Object> sweep(Instant now, long start) {
        // MicronautRequestHandler registers this invocation's Lambda context as a bean.
        Optional<Context> lambda = getApplicationContext().findBean(Context.class);
        BooleanSupplier timeLeft = () -> lambda.map(invocation -> invocation.getRemainingTimeInMillis() > reserveMillis).orElse(true);
        // A new calendar version first: the deadlines it moves are the ones this sweep must judge.
        ApplyCalendarVersions.Report calendars = calendarVersions.apply(now, timeLeft);
        SweepSlas.SweepReport report = sweep.sweep(now, timeLeft);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("now", report.now().toString());
        answer.put("read", report.read());
        answer.put("readCapacityUnits", report.readCapacityUnits());
        answer.put("atRisk", report.atRisk());
        answer.put("breached", report.breached());
        answer.put("skippedAsChanged", report.skippedAsChanged());
        answer.put("failedTicketIds", report.failedTicketIds());
        answer.put("deadlinesMoved", calendars.deadlinesMoved());
        answer.put("calendarsApplied", calendars.calendarsApplied());
        answer.put("complete", report.complete() && calendars.complete());
        long durationMillis = (System.nanoTime() - start) / 1_000_000;
        boolean complete = report.complete() && calendars.complete();
        var line = LOG.atInfo();
        for (Map.Entry<String, Object> entry : answer.entrySet()) {
            line = line.addKeyValue(entry.getKey(), entry.getValue());
        }
        line.addKeyValue("durationMs", durationMillis).log("sla-sweep");
        EmbeddedMetrics.emit(Map.of(), List.of(
                EmbeddedMetrics.Metric.count("SlaAtRisk", report.atRisk()),
                EmbeddedMetrics.Metric.count("SlaBreached", report.breached()),
                EmbeddedMetrics.Metric.count("SweepTicketsRead", report.read()),
                new EmbeddedMetrics.Metric("SweepDuration", durationMillis, EmbeddedMetrics.Unit.Milliseconds),
                // A sweep that left tickets for the next run or failed some: the alarm's signal.
                EmbeddedMetrics.Metric.count("SweepsIncomplete", complete && report.failedTicketIds().isEmpty() ? 0 : 1)));
        return answer;
    }
}
