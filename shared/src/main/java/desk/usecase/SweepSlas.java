package desk.usecase;

import desk.store.AwaitingTickets;
import desk.store.ConcurrentUpdateException;
import desk.ticket.AwaitingTicket;
import desk.ticket.TicketEvent;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The SLA sweep at one instant: reads the tickets whose next checkpoint has come, and for each
 * writes what the domain decides (at risk, breached) with its announcements. A ticket that changed
 * since the read (answered, or swept by a concurrent run) is left alone; a failure on one ticket
 * does not stop the others; the sweep stops between tickets when {@code mayContinue} says the
 * time is running out, and the next run picks up the rest.
 *
 * <p>The sweep judges the world as it stood {@code desk.sweep.settle-time} before its scheduled
 * time. A reply received at or before {@code dueAt} is stored within its function's timeout or not
 * at all; a sweep that judged "now" could read the ticket while such a reply is still being written
 * and announce a breach for a ticket answered in time. Waiting out the settle time (longer than the
 * API functions' timeout) makes every in-time reply visible first; checkpoints are announced that
 * much later, dated when they happened.
 */
@Singleton
public class SweepSlas {
    static final int PAGE_SIZE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SweepSlas.class);

    /**
     * What one run did: tickets read from the index and the read capacity that cost, checkpoints
     * announced, tickets left alone because they changed since the read, failures, and whether it
     * got through everything due ({@code complete} is false when it stopped early for time).
     */
    public record SweepReport(Instant now, int read, double readCapacityUnits, int atRisk, int breached, int skippedAsChanged,
                              List<String> failedTicketIds, boolean complete) {
        public SweepReport {
            failedTicketIds = List.copyOf(failedTicketIds);
        }
    }

    private final AwaitingTickets awaiting;
    private final Duration settleTime;

    SweepSlas(AwaitingTickets awaiting, @Value("${desk.sweep.settle-time}") String settleTime) {
        this.awaiting = awaiting;
        this.settleTime = Duration.parse(settleTime);
        if (this.settleTime.isNegative()) {
            throw new IllegalArgumentException("desk.sweep.settle-time cannot be negative, was " + settleTime);
        }
    }

    /** How far behind its scheduled time the sweep judges, so that replies in flight have landed. */
    public Duration settleTime() {
        return settleTime;
    }

    /** @param now the scheduled time of this run; tickets are judged as of {@code now - settle time} */
    public SweepReport sweep(Instant now, BooleanSupplier mayContinue) {
        Instant asOf = now.minus(settleTime);
        int read = 0;
        double capacity = 0;
        int atRisk = 0;
        int breached = 0;
        int skipped = 0;
        List<String> failed = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            if (!mayContinue.getAsBoolean()) {
                return new SweepReport(now, read, capacity, atRisk, breached, skipped, failed, false);
            }
            AwaitingTickets.Page page = awaiting.dueAt(asOf, after, PAGE_SIZE);
            capacity += page.readCapacityUnits();
            failed.addAll(page.unreadable());
            for (AwaitingTicket ticket : page.tickets()) {
                if (!mayContinue.getAsBoolean()) {
                    return new SweepReport(now, read, capacity, atRisk, breached, skipped, failed, false);
                }
                read++;
                Optional<AwaitingTicket.Swept> swept = ticket.at(asOf);
                if (swept.isEmpty()) {
                    continue;
                }
                try {
                    awaiting.apply(swept.get());
                    atRisk += count(swept.get(), TicketEvent.SlaAtRisk.class);
                    breached += count(swept.get(), TicketEvent.SlaBreached.class);
                } catch (ConcurrentUpdateException e) {
                    skipped++;
                } catch (RuntimeException e) {
                    LOG.atError().addKeyValue("ticketId", ticket.ticketId()).setCause(e).log("sweeping a ticket failed");
                    failed.add(ticket.ticketId());
                }
            }
            after = page.next();
        } while (after.isPresent());
        return new SweepReport(now, read, capacity, atRisk, breached, skipped, failed, true);
    }

    private static int count(AwaitingTicket.Swept swept, Class<? extends TicketEvent> type) {
        return (int) swept.announcements().stream().filter(a -> type.isInstance(a.event())).count();
    }
}
