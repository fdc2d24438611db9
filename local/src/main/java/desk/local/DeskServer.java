package desk.local;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import desk.devkit.BucketDefinition;
import desk.devkit.EventBridgeRuleSource;
import desk.devkit.S3EventSource;
import desk.devkit.Schedule;
import desk.devkit.SamTemplate;
import desk.devkit.StreamEventSource;

/**
 * What {@code desk run} keeps running: DynamoDB Local, the HTTP API, the schedules, the stream
 * pollers, the local bus and its rules, the local S3 and its notifications (when the template has
 * buckets), and mail: SMTP in, IMAP and files for the local mailbox.
 */
final class DeskServer implements AutoCloseable {

    private final DeskRuntime runtime;
    private final LocalHttpServer http;
    private final LocalScheduler scheduler;
    private final LocalStreams streams;
    private final LocalMailServer mail;

    private DeskServer(DeskRuntime runtime, LocalHttpServer http, LocalScheduler scheduler, LocalStreams streams,
                       LocalMailServer mail) {
        this.runtime = runtime;
        this.http = http;
        this.scheduler = scheduler;
        this.streams = streams;
        this.mail = mail;
    }

    /** @param speedUp divides schedule periods: 1 except in tests */
    static DeskServer start(SamTemplate template, DatabaseOptions db, int port, boolean seed, long speedUp,
                            Clock clock, PrintStream log) {
        return start(template, db, LocalFiles.of(template), port, seed, speedUp, clock, log);
    }

    /** @param files where events and stream failures go: {@code .local/} beside the template except in tests */
    static DeskServer start(SamTemplate template, DatabaseOptions db, LocalFiles files, int port, boolean seed,
                            long speedUp, Clock clock, PrintStream log) {
        return start(template, db, files, port, MailOptions.freePorts(), seed, speedUp, clock, log);
    }

    /**
     * @param mail    the ports of SMTP, IMAP and the local S3
     * @param speedUp divides schedule periods and retry delays: 1 except in tests
     */
    static DeskServer start(SamTemplate template, DatabaseOptions db, LocalFiles files, int port, MailOptions mail,
                            boolean seed, long speedUp, Clock clock, PrintStream log) {
        LocalDatabase database = LocalDatabase.start(db.port(), db.inMemory(), db.dataDir(), log);
        DeskRuntime runtime;
        Optional<LocalS3> s3 = Optional.empty();
        try {
            if (!template.buckets().isEmpty()) {
                // Objects are kept beside the data, unless the data is kept in memory.
                s3 = Optional.of(LocalS3.start(mail.s3Port(), db.inMemory() ? Optional.empty() : Optional.of(files.s3Objects()),
                        files.s3Log(), log));
                s3.get().createBuckets(template.buckets().stream().map(BucketDefinition::localName).toList(), log);
            }
            runtime = new DeskRuntime(template, database, files, s3, speedUp, clock, log);
        } catch (RuntimeException e) {
            s3.ifPresent(LocalS3::close);
            database.close();
            throw e;
        }
        LocalHttpServer http = null;
        LocalScheduler scheduler = null;
        LocalMailServer mailServer = null;
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
            mailServer = LocalMailServer.start(mail.smtpPort(), mail.imapPort(), new InboundMail(template, runtime, clock, log),
                    files.mail(), clock, log);
            runtime.deliverSentMailTo(mailServer::deliverSent);
            LocalStreams streams = runtime.startStreams(StreamPositions.beside(db));
            return new DeskServer(runtime, http, scheduler, streams, mailServer);
        } catch (RuntimeException e) {
            if (mailServer != null) {
                mailServer.close();
            }
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

    LocalMailServer mail() {
        return mail;
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
        for (EventBridgeRuleSource rule : runtime.rules().sources()) {
            out.printf("Rule %s on bus %s -> %s%s%n", rule.id(), rule.busName(), rule.functionLogicalId(), rule.enabled() ? "" : " (disabled)");
        }
        runtime.s3().ifPresent(s3 -> out.printf("S3 (local, S3Proxy) on %s, buckets %s  (%s)%n", s3.endpoint(),
                runtime.template().buckets().stream().map(BucketDefinition::localName).toList(),
                s3.dataDir().map(d -> "objects in " + d).orElse("in memory")));
        for (S3EventSource source : runtime.s3Notifications().sources()) {
            out.printf("S3 events of %s%s%s -> %s%n", runtime.template().bucketName(source.bucketLogicalId()),
                    source.prefix().map(p -> " under " + p).orElse(""), source.suffix().map(x -> " ending " + x).orElse(""),
                    source.functionLogicalId());
        }
        out.printf("SMTP on 127.0.0.1:%d: mail for %s is received as SES receives it; any other address lands in the local mailbox%n",
                mail.smtpPort(), mail.inbound().rules().isEmpty() ? "no address (no receipt rule in the template)"
                        : mail.inbound().rules().stream().flatMap(r -> r.recipients().isEmpty() ? java.util.stream.Stream.of("every address")
                        : r.recipients().stream()).distinct().toList());
        out.printf("SES (local) on %s: mail the functions send goes to its recipients' local mailboxes (or, for a support address, in)%n",
                runtime.ses().endpoint());
        out.printf("Local mailbox: IMAP on 127.0.0.1:%d (login: the address, any password), files in %s  (./desk mail send <file.eml>)%n",
                mail.imapPort(), mail.mailbox().directory());
        out.println("DynamoDB Local on " + runtime.database().endpoint() + "  (Ctrl-C stops everything)");
        out.flush();
    }

    /** Pollers first: a delivery in progress finishes while its function and the database still run. */
    @Override
    public void close() {
        mail.close();
        streams.close();
        scheduler.close();
        http.close();
        runtime.close();
    }
}
