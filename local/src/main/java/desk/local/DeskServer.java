package desk.local;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;

import desk.devkit.Schedule;
import desk.devkit.SamTemplate;
import desk.devkit.StreamEventSource;

/** What {@code desk run} keeps running: DynamoDB Local, the HTTP API, the schedules, the stream pollers and the local bus. */
final class DeskServer implements AutoCloseable {

    private final DeskRuntime runtime;
    private final LocalHttpServer http;
    private final LocalScheduler scheduler;
    private final LocalStreams streams;

    private DeskServer(DeskRuntime runtime, LocalHttpServer http, LocalScheduler scheduler, LocalStreams streams) {
        this.runtime = runtime;
        this.http = http;
        this.scheduler = scheduler;
        this.streams = streams;
    }

    /** @param speedUp divides schedule periods: 1 except in tests */
    static DeskServer start(SamTemplate template, DatabaseOptions db, int port, boolean seed, long speedUp,
                            Clock clock, PrintStream log) {
        return start(template, db, LocalFiles.of(template), port, seed, speedUp, clock, log);
    }

    /** @param files where events and stream failures go: {@code .local/} beside the template except in tests */
    static DeskServer start(SamTemplate template, DatabaseOptions db, LocalFiles files, int port, boolean seed,
                            long speedUp, Clock clock, PrintStream log) {
        LocalDatabase database = LocalDatabase.start(db.port(), db.inMemory(), db.dataDir(), log);
        DeskRuntime runtime;
        try {
            runtime = new DeskRuntime(template, database, files, clock, log);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LocalHttpServer http = null;
        LocalScheduler scheduler = null;
        try {
            database.createTables(template, log);
            if (seed) {
                runtime.seed();
            }
            http = LocalHttpServer.start(port, runtime.gateway(), template.directory(),
                    new LocalWebForm(runtime.tokens(), DemoUsers.fromSeed()), log);
            scheduler = runtime.scheduler();
            List<Schedule> started = scheduler.start(template.schedules(), speedUp);
            started.forEach(s -> log.printf("schedule %s -> %s every %s%n", s.expression(), s.functionLogicalId(),
                    RateExpression.parse(s.expression()).period()));
            LocalStreams streams = runtime.startStreams(StreamPositions.beside(db));
            return new DeskServer(runtime, http, scheduler, streams);
        } catch (RuntimeException e) {
            if (scheduler != null) {
                scheduler.close();
            }
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

    /** The start-up banner: where to send requests, and which; where events and streams go. */
    void describe(PrintStream out) {
        out.println("Desk API on " + baseUrl() + "  (its contract: " + baseUrl() + LocalHttpServer.OPENAPI_PATH + ", to read: "
                + baseUrl() + LocalHttpServer.OPENAPI_PAGE_PATH + ")");
        out.println("Ticket web form on " + baseUrl() + LocalWebForm.FORM_PATH + "  (local sign-in: " + baseUrl()
                + LocalWebForm.SIGN_IN_PATH + ")");
        runtime.gateway().routes().routes().forEach(route ->
                out.printf("  %-6s %s%s -> %s%n", route.method(), baseUrl(), route.path(), route.functionLogicalId()));
        for (StreamEventSource source : streams.sources()) {
            out.printf("Stream of %s -> %s (batches of %d, %d filter%s)%n", source.tableLogicalId(), source.functionLogicalId(),
                    source.batchSize(), source.filterPatterns().size(), source.filterPatterns().size() == 1 ? "" : "s");
        }
        out.printf("EventBridge (local) on %s, buses %s -> %s  (./desk events --follow)%n", runtime.eventBus().endpoint(),
                runtime.template().eventBuses(), runtime.files().events());
        out.println("DynamoDB Local on " + runtime.database().endpoint() + "  (Ctrl-C stops everything)");
        out.flush();
    }

    /** Pollers first: a delivery in progress finishes while its function and the database still run. */
    @Override
    public void close() {
        streams.close();
        scheduler.close();
        http.close();
        runtime.close();
    }
}
