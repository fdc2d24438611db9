package desk.local;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import desk.devkit.SamTemplate;
import desk.store.AnnouncementRecord;

/**
 * {@code ./desk bench-sweep}: what one SLA sweep reads, and what that costs, against what is due
 * and what is open. Each scenario gets a fresh in-memory DynamoDB Local with the template's tables
 * and the {@code SlaSweepFunction}'s context; one sweep runs at the same instant in each.
 * <ul>
 * <li>A: as many open tickets as B has due, all of them due;
 * <li>B: {@code open} tickets awaiting a first response, {@code due} of them due;
 * <li>C: {@code bulk} tickets, all due: the sweep's throughput, and every one announced.
 * </ul>
 * The goal: B reads, and consumes read capacity, at most {@value #GOAL} times what A does, since
 * both have the same tickets due. Prints the figures, whether the goal holds and whether C
 * announced every ticket; a run where either fails ends with status 1.
 *
 * <p>All tickets are an agent's questions for an Enterprise account (2 h target, at risk at 75%)
 * on Tuesday 1 December 2026, Madrid: due ones received at 10:15 (at risk 11:45, before the
 * sweep at 12:00, due 12:15), the others at 10:45 (at risk 12:15). One of each is opened through
 * intake; the rest are its clones, each received a millisecond after the last, which keeps every
 * clone inside the same business window as its prototype.
 */
final class SweepBenchmark {
    static final Instant SWEEP_AT = Instant.parse("2026-12-01T11:00:00Z");
    static final Instant DUE_RECEIPT = Instant.parse("2026-12-01T09:15:00Z");
    static final Instant LATER_RECEIPT = Instant.parse("2026-12-01T09:45:00Z");
    static final double GOAL = 1.1;
    /** Clones are a millisecond apart: these keep them before the sweep (due) and inside the window (not due). */
    static final int MAX_DUE = 900_000;
    static final int MAX_NOT_DUE = 3_600_000;
    private static final int WARM_UP_TICKETS = 100;

    private record Seeded(int open, int due, List<String> dueIds, Duration took) {
        double perSecond() {
            return open / Math.max(took.toNanos() / 1e9, 1e-9);
        }
    }

    /** @param announced how many of the due tickets have their at-risk announcement in their history after the sweep */
    private record Outcome(Seeded seeded, SweepWorld.Sweep sweep, int announced) {}

    private final SamTemplate template;
    private final PrintStream out;
    private final PrintStream log;
    private final int threads;

    SweepBenchmark(SamTemplate template, PrintStream out, PrintStream log, int threads) {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + threads);
        }
        this.template = template;
        this.out = out;
        this.log = log;
        this.threads = threads;
    }

    /** @return 0 when the goal holds and every due ticket of every scenario was announced, else 1 */
    int run(int open, int due, int bulk) {
        if (due < 1 || due > MAX_DUE || open < due || open - due > MAX_NOT_DUE) {
            throw new UsageException("bench-sweep needs 1 <= --due <= " + MAX_DUE + " and --due <= --open <= --due + "
                    + MAX_NOT_DUE + ", not --open " + open + " --due " + due);
        }
        if (bulk < 1 || bulk > MAX_DUE) {
            throw new UsageException("--bulk must be between 1 and " + MAX_DUE + ", not " + bulk);
        }
        log.printf("bench-sweep: warm-up sweep of %d due tickets (not reported)%n", WARM_UP_TICKETS);
        scenario("warm-up", WARM_UP_TICKETS, WARM_UP_TICKETS);
        Outcome a = scenario("A", due, due);
        Outcome b = scenario("B", open, due);
        boolean goal = compare(a, b);
        boolean announced = bulk(bulk);
        return goal && announced && a.announced() == due && b.announced() == due ? 0 : 1;
    }

    private Outcome scenario(String name, int open, int due) {
        try (SweepWorld world = SweepWorld.start(template, log)) {
            Seeded seeded = seed(world, name, open, due);
            SweepWorld.Sweep sweep = world.sweep(SWEEP_AT);
            log.printf("%s: swept in %d ms: %s%n", name, sweep.wall().toMillis(), sweep.report());
            int announced = (int) seeded.dueIds().stream()
                    .filter(id -> announcedAtRiskOnce(world.tickets().history(id)))
                    .count();
            return new Outcome(seeded, sweep, announced);
        }
    }

    /** One due and one not-due ticket through intake, the rest their clones. */
    private Seeded seed(SweepWorld world, String name, int open, int due) {
        long start = System.nanoTime();
        List<String> dueIds = new ArrayList<>();
        String dueTicket = world.open(DUE_RECEIPT);
        require(!world.nextCheckpoint(dueTicket).isAfter(SWEEP_AT), "a ticket received at " + DUE_RECEIPT
                + " has its next checkpoint at " + world.nextCheckpoint(dueTicket) + ", after the sweep at " + SWEEP_AT);
        dueIds.add(dueTicket);
        dueIds.addAll(world.clone(dueTicket, due - 1, threads));
        if (open > due) {
            String laterTicket = world.open(LATER_RECEIPT);
            require(world.nextCheckpoint(laterTicket).isAfter(SWEEP_AT), "a ticket received at " + LATER_RECEIPT
                    + " has its next checkpoint at " + world.nextCheckpoint(laterTicket) + ", not after the sweep at " + SWEEP_AT);
            world.clone(laterTicket, open - due - 1, threads);
        }
        Seeded seeded = new Seeded(open, due, List.copyOf(dueIds), Duration.ofNanos(System.nanoTime() - start));
        log.printf(Locale.ROOT, "%s: seeded %,d tickets (%,d due) in %.1f s, %,.0f tickets/s on %d threads%n",
                name, open, due, seeded.took().toNanos() / 1e9, seeded.perSecond(), threads);
        return seeded;
    }

    private boolean compare(Outcome a, Outcome b) {
        out.printf(Locale.ROOT, "SLA sweep at %s (Tue 12:00 Madrid), one run per scenario, each on fresh tables in an"
                + " in-memory DynamoDB Local (JDK %s), after one warm-up sweep%n", SWEEP_AT, Runtime.version());
        out.printf(Locale.ROOT, "Tickets: Enterprise questions awaiting a first response (2 h target, at risk at 75%%); one due"
                + " and one not due opened through OpenTicket, the rest their clones, BatchWriteItem on %d threads%n", threads);
        out.printf(Locale.ROOT, "%-34s %14s %14s%n", "", "A: all due", "B: few due");
        row("tickets open", a.seeded().open(), b.seeded().open());
        row("tickets due", a.seeded().due(), b.seeded().due());
        out.printf(Locale.ROOT, "%-34s %14.1f %14.1f%n", "seeding (s)",
                a.seeded().took().toNanos() / 1e9, b.seeded().took().toNanos() / 1e9);
        out.printf(Locale.ROOT, "%-34s %,14.0f %,14.0f%n", "seeding rate (tickets/s)", a.seeded().perSecond(), b.seeded().perSecond());
        row("index items read", a.sweep().report().read(), b.sweep().report().read());
        out.printf(Locale.ROOT, "%-34s %14.1f %14.1f%n", "read capacity units consumed",
                a.sweep().report().readCapacityUnits(), b.sweep().report().readCapacityUnits());
        row("announcements made", a.sweep().announcements(), b.sweep().announcements());
        row("due tickets announced (history)", a.announced(), b.announced());
        row("sweep wall time (ms)", a.sweep().wall().toMillis(), b.sweep().wall().toMillis());
        out.printf(Locale.ROOT, "%-34s %14s %14s%n", "sweep complete", a.sweep().report().complete(), b.sweep().report().complete());

        double items = ratio(b.sweep().report().read(), a.sweep().report().read());
        double capacity = ratio(b.sweep().report().readCapacityUnits(), a.sweep().report().readCapacityUnits());
        boolean holds = items <= GOAL && capacity <= GOAL;
        out.printf(Locale.ROOT, "B/A: index items read %s, read capacity %s (goal: at most %.1f): %s%n",
                format(items), format(capacity), GOAL, holds
                        ? "the goal holds, the sweep's reads follow what is due, not what is open"
                        : "the goal does NOT hold");
        return holds;
    }

    private boolean bulk(int bulk) {
        Outcome c = scenario("C", bulk, bulk);
        SweepWorld.Sweep sweep = c.sweep();
        double seconds = Math.max(sweep.wall().toNanos() / 1e9, 1e-9);
        out.printf(Locale.ROOT, "C: %,d due tickets (seeded in %.1f s, %,.0f tickets/s): swept in %,d ms, %,.0f tickets/s,"
                        + " %,d announcements, complete %s%n",
                bulk, c.seeded().took().toNanos() / 1e9, c.seeded().perSecond(), sweep.wall().toMillis(),
                sweep.report().read() / seconds, sweep.announcements(), sweep.report().complete());
        boolean all = c.announced() == bulk;
        out.printf(Locale.ROOT, "C: %,d of %,d tickets have their SLA At Risk announcement in their history: %s%n",
                c.announced(), bulk, all ? "all announced" : "NOT all announced");
        return all;
    }

    private void row(String label, long a, long b) {
        out.printf(Locale.ROOT, "%-34s %,14d %,14d%n", label, a, b);
    }

    private static double ratio(double b, double a) {
        return a == 0 ? Double.NaN : b / a;
    }

    private static String format(double ratio) {
        return Double.isNaN(ratio) ? "- (A read nothing)" : String.format(Locale.ROOT, "%.2f", ratio);
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("The benchmark's tickets no longer fall as it assumes: " + problem);
        }
    }

    private static boolean announcedAtRiskOnce(List<AnnouncementRecord> history) {
        return history.stream().filter(record -> record.detailType().equals("SLA At Risk")).count() == 1;
    }
}
