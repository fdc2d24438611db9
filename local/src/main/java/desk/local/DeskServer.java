package desk.local;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import desk.devkit.Schedule;
import desk.devkit.SamTemplate;

/** What {@code desk run} keeps running: DynamoDB Local, the HTTP API and the schedules. */
final class DeskServer implements AutoCloseable {

    private final DeskRuntime runtime;
    private final LocalHttpServer http;
    private final LocalScheduler scheduler;

    private DeskServer(DeskRuntime runtime, LocalHttpServer http, LocalScheduler scheduler) {
        this.runtime = runtime;
        this.http = http;
        this.scheduler = scheduler;
    }

    /** @param speedUp divides schedule periods: 1 except in tests */
    static DeskServer start(SamTemplate template, DatabaseOptions db, int port, boolean seed, long speedUp,
                            Clock clock, PrintStream log) {
        LocalDatabase database = LocalDatabase.start(db.port(), db.inMemory(), db.dataDir(), log);
        DeskRuntime runtime;
        try {
            runtime = new DeskRuntime(template, database, clock, log);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LocalHttpServer http = null;
        try {
            database.createTables(template, log);
            if (seed) {
                runtime.seed();
            }
            http = LocalHttpServer.start(port, runtime.gateway(), log);
            LocalScheduler scheduler = runtime.scheduler();
            List<Schedule> started = scheduler.start(template.schedules(), speedUp);
            started.forEach(s -> log.printf("schedule %s -> %s every %s%n", s.expression(), s.functionLogicalId(),
                    RateExpression.parse(s.expression()).period()));
            return new DeskServer(runtime, http, scheduler);
        } catch (RuntimeException e) {
            if (http != null) {
                http.close();
            }
            runtime.close();
            throw e;
        }
    }

    URI baseUrl() {
        return http.baseUrl();
    }

    DeskRuntime runtime() {
        return runtime;
    }

    /** The start-up banner: where to send requests, and which. */
    void describe(PrintStream out) {
        out.println("Desk API on " + baseUrl());
        runtime.gateway().routes().routes().forEach(route ->
                out.printf("  %-6s %s%s -> %s%n", route.method(), baseUrl(), route.path(), route.functionLogicalId()));
        out.println("DynamoDB Local on " + runtime.database().endpoint() + "  (Ctrl-C stops everything)");
        out.flush();
    }

    @Override
    public void close() {
        scheduler.close();
        http.close();
        runtime.close();
    }
}
