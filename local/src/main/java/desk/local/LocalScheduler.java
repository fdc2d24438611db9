package desk.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import desk.devkit.Schedule;

/**
 * Fires the template's {@code rate(...)} schedules, first one period after start as EventBridge
 * does. {@code speedUp} divides every period (1 for real use; tests use more to avoid waiting).
 */
final class LocalScheduler implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("desk-schedules").daemon(true).factory());
    private final LocalFunctions functions;
    private final ScheduledEvents events;
    private final PrintStream log;

    LocalScheduler(LocalFunctions functions, ScheduledEvents events, PrintStream log) {
        this.functions = functions;
        this.events = events;
        this.log = log;
    }

    /** @return the schedules started; cron ones and disabled ones are reported and skipped */
    List<Schedule> start(List<Schedule> schedules, long speedUp) {
        List<Schedule> started = new ArrayList<>();
        for (Schedule schedule : schedules) {
            RateExpression rate;
            try {
                rate = RateExpression.parse(schedule.expression());
            } catch (IllegalArgumentException e) {
                log.printf("Schedule %s of %s not started: %s%n", schedule.eventName(), schedule.functionLogicalId(), e.getMessage());
                continue;
            }
            long periodMillis = Math.max(1, rate.period().dividedBy(speedUp).toMillis());
            timer.scheduleAtFixedRate(() -> fire(schedule), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
            started.add(schedule);
        }
        return started;
    }

    private void fire(Schedule schedule) {
        try {
            functions.invoke(schedule.functionLogicalId(), events.event(schedule));
        } catch (RuntimeException e) {
            // An exception escaping here would cancel every later run of this schedule.
            log.printf("Schedule %s of %s failed: %s%n", schedule.eventName(), schedule.functionLogicalId(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
