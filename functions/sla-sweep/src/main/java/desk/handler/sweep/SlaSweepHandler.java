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
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The one-minute schedule's sweep. "Now" is the schedule's time from the event, never the clock,
 * so a sweep can be replayed at any instant; it stops between tickets when less than
 * {@code desk.sweep.reserve} of the invocation's time is left, and the next run goes on.
 */
public class SlaSweepHandler extends MicronautRequestHandler<ScheduledEvent, Map<String, Object>> {
    private static final System.Logger LOG = System.getLogger(SlaSweepHandler.class.getName());

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
        LOG.log(System.Logger.Level.INFO, "sla-sweep " + answer);
        return answer;
    }
}
