package desk.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import desk.devkit.BucketDefinition;
import desk.devkit.SamFunction;
import desk.devkit.SamTemplate;

/**
 * {@code ./desk}: the local runtime for template.yaml, standing in for {@code sam local}, which
 * needs Docker. Results go to standard output, everything else to standard error.
 */
public final class DeskLauncher {

    private static final String HELP = """
            Usage: ./desk <command> [options]

            Commands:
              run     Serve the template's HTTP API, schedules, stream, S3 and EventBridge rule event sources on
                      localhost, with a local EventBridge, a local S3 (when the template has buckets), SMTP for
                      mail in and a local mailbox (IMAP, .local/mail/) for mail out.
                      [--port 3000] [--db-port 8000] [--in-memory] [--data-dir .local/dynamodb] [--seed]
                      [--smtp-port 2525] [--imap-port 3143] [--s3-port 9000]
              invoke  Run one function on one event file and print its response as JSON; then relay what it
                      announced to the local EventBridge (unless a ./desk run on --db-port does).
                      <LogicalId> --event <file> [--seed] [--in-memory] [--db-port 8000] [--data-dir ...]
                      [--s3-port 9000] (a template with buckets: the running desk's S3, else one of its own)
              events  List the events the functions put on the local EventBridge (.local/events.jsonl);
                      --follow keeps printing new ones as they come (beside a running ./desk run).
                      [--follow]
              mail send
                      Send a raw message (.eml) to a running ./desk run over SMTP, as any mail client would;
                      the envelope is the message's From and To/Cc/Bcc unless given.
                      <file.eml> [--from <address>] [--to <address,...>] [--smtp-port 2525]
              token   Print a JWT the local API accepts.
                      --role <customer|partner|agent|admin> [--account <id>] [--partner <id>] [--sub <id>]
                      [--ttl <minutes, default 720>]
              bench-cold-start
                      The intake function's cold start beside a bare SDK PutItem, fresh JVMs, medians.
                      [--function OpenTicketFunction] [--event events/open-ticket.json] [--runs 7]
              bench-sweep  One SLA sweep, few due among many open beside all due: items read, capacity, time.
                      [--open 100000] [--due 100] [--bulk 1000] [--threads 4]
              bench-worklogs
                      Concurrent work logs on one bank's tickets through the local API; the hour deduction
                      charges them: wall times, retries, bank transactions, and whether all is exact.
                      [--logs 200] [--tickets 40] [--clients 200] [--seed 17]
              help    Show this text.

            Every command also takes --template <file> (default: the nearest template.yaml).
            """;

    private static final Set<String> DB_OPTIONS = Set.of("template", "db-port", "data-dir");

    private final PrintStream out;
    private final PrintStream log;
    private final Clock clock;

    DeskLauncher(PrintStream out, PrintStream log, Clock clock) {
        this.out = out;
        this.log = log;
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintStream results = System.out;
        // DynamoDB Local and some libraries print on stdout: keep it for results only.
        System.setOut(System.err);
        // The functions' embedded metrics as one readable line each; their logs stay JSON, as in Lambda.
        if (System.getProperty("desk.metrics.readable") == null) {
            System.setProperty("desk.metrics.readable", "true");
        }
        int status = new DeskLauncher(results, System.err, Clock.systemUTC()).run(List.of(args));
        System.exit(status);
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            log.print(HELP);
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.getFirst()) {
                case "run" -> serve(rest);
                case "invoke" -> invoke(rest);
                case "token" -> token(rest);
                case "events" -> events(rest);
                case "mail" -> mail(rest);
                case "bench-cold-start" -> benchColdStart(rest);
                case "bench-sweep" -> benchSweep(rest);
                case "bench-worklogs" -> benchWorklogs(rest);
                case "help", "--help", "-h" -> {
                    out.print(HELP);
                    yield 0;
                }
                default -> throw new UsageException("Unknown command " + args.getFirst() + ": try ./desk help");
            };
        } catch (UsageException | Seeder.SeedFailure e) {
            log.println(e.getMessage());
            return 2;
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            log.println("desk: " + e.getMessage());
            return 1;
        }
    }

    private int serve(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("in-memory", "seed"),
                union(DB_OPTIONS, Set.of("port", "smtp-port", "imap-port", "s3-port")));
        SamTemplate template = template(a);
        MailOptions mail = new MailOptions(a.intOption("smtp-port", MailOptions.DEFAULT_SMTP_PORT),
                a.intOption("imap-port", MailOptions.DEFAULT_IMAP_PORT), a.intOption("s3-port", MailOptions.DEFAULT_S3_PORT));
        DeskServer server = DeskServer.start(template, database(a, template, 8000), LocalFiles.of(template),
                a.intOption("port", 3000), mail, a.flag("seed"), 1, clock, log);
        server.describe(out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.println("Stopping: closing mail, handler contexts, the local S3 and DynamoDB Local");
            server.close();
            stopped.countDown();
        }, "desk-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private int invoke(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("in-memory", "seed"), union(DB_OPTIONS, Set.of("event", "s3-port")));
        if (a.positional().size() != 1 || !a.options().containsKey("event")) {
            throw new UsageException("Usage: ./desk invoke <LogicalId> --event <file>");
        }
        SamTemplate template = template(a);
        SamFunction function = template.findFunction(a.positional().getFirst()).orElseThrow(() -> new UsageException(
                "No function " + a.positional().getFirst() + " in " + template.file() + "; functions: "
                        + template.functions().stream().map(SamFunction::logicalId).toList()));
        String eventJson = readEventFile(Path.of(a.options().get("event")));

        DatabaseOptions db = database(a, template, 8000);
        LocalFiles files = LocalFiles.of(template);
        try (LocalDatabase database = LocalDatabase.reuseOrStart(db.port(), db.inMemory(), db.dataDir(), log);
             DeskRuntime runtime = new DeskRuntime(template, database, files, localS3(a, template, files, db), 1, clock, log)) {
            database.createTables(template, log);
            if (a.flag("seed")) {
                runtime.seed();
            }
            // As Lambda's Invoke API: the file's JSON in, the handler's response JSON out.
            out.println(runtime.functions().invokeJson(function.logicalId(), eventJson));
            out.flush();
            if (database.borrowed()) {
                return 0; // the desk run serving it relays what was written, with its own pollers
            }
            // As the stream's relay would in the cloud: what the invocation announced reaches the local bus before we exit.
            Duration timeout = Duration.ofSeconds(15);
            List<StreamPoller.Backlog> behind = runtime.catchUpStreams(StreamPositions.beside(db), timeout);
            behind.forEach(backlog -> log.println("desk: not relayed within " + timeout.toSeconds() + " s: " + backlog.describe()));
            return behind.isEmpty() ? 0 : 1;
        }
    }

    /**
     * For a template with buckets: the local S3 of a running {@code desk run} on {@code --s3-port},
     * else one of its own over the same objects (in memory with {@code --in-memory}).
     */
    private Optional<LocalS3> localS3(Arguments a, SamTemplate template, LocalFiles files, DatabaseOptions db) {
        if (template.buckets().isEmpty()) {
            return Optional.empty();
        }
        LocalS3 s3 = LocalS3.reuseOrStart(a.intOption("s3-port", MailOptions.DEFAULT_S3_PORT),
                db.inMemory() ? Optional.empty() : Optional.of(files.s3Objects()), files.s3Log(), log);
        try {
            s3.createBuckets(template.buckets().stream().map(BucketDefinition::localName).toList(), log);
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
        return Optional.of(s3);
    }

    private int events(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of("follow"), Set.of("template"));
        SamTemplate template = template(a);
        Path file = LocalFiles.of(template).events();
        EventsView view = new EventsView(file, out);
        if (a.flag("follow")) {
            log.printf("Following %s (Ctrl-C stops)%n", file);
            try {
                view.follow(() -> true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
        if (view.list() == 0) {
            log.printf("No events in %s yet: ./desk run, then write announcements%n", file);
        }
        return 0;
    }

    private int mail(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("template", "from", "to", "smtp-port"));
        if (a.positional().size() != 2 || !a.positional().getFirst().equals("send")) {
            throw new UsageException("Usage: ./desk mail send <file.eml> [--from <address>] [--to <address,...>] [--smtp-port 2525]");
        }
        Path file = Path.of(a.positional().get(1));
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException("Cannot read " + file + ": " + e.getMessage());
        }
        SmtpSubmission.Envelope fromMessage = SmtpSubmission.envelopeOf(raw);
        SmtpSubmission.Envelope envelope = new SmtpSubmission.Envelope(a.option("from", fromMessage.from()),
                a.options().containsKey("to") ? List.of(a.options().get("to").split("\\s*,\\s*")) : fromMessage.recipients());
        String answer = SmtpSubmission.send(a.intOption("smtp-port", MailOptions.DEFAULT_SMTP_PORT), envelope, raw);
        log.printf("Sent %s from <%s> to %s: %s%n", file, envelope.from(), envelope.recipients(), answer);
        return 0;
    }

    private int benchColdStart(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("template", "function", "event", "runs"));
        SamTemplate template = template(a);
        String event = a.options().getOrDefault("event", template.file().toAbsolutePath().getParent()
                .resolve("events/open-ticket.json").toString());
        new ColdStartBenchmark(template, out, log).run(a.options().getOrDefault("function", "OpenTicketFunction"),
                Path.of(event), a.intOption("runs", 7));
        return 0;
    }

    private int benchSweep(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("template", "open", "due", "bulk", "threads"));
        return new SweepBenchmark(template(a), out, log, a.intOption("threads", 4))
                .run(a.intOption("open", 100_000), a.intOption("due", 100), a.intOption("bulk", 1000));
    }

    private int benchWorklogs(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("template", "logs", "tickets", "clients", "seed"));
        return new WorklogBenchmark(template(a), out, log).run(a.intOption("logs", 200), a.intOption("tickets", 40),
                a.intOption("clients", 200), a.intOption("seed", 17));
    }

    private int token(List<String> args) {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("template", "role", "account", "partner", "sub", "ttl"));
        if (!a.options().containsKey("role")) {
            throw new UsageException("Usage: ./desk token --role <customer|partner|agent|admin> [--account <id>] [--partner <id>] [--sub <id>] [--ttl <minutes>]");
        }
        SamTemplate template = template(a);
        TokenIssuer issuer = new TokenIssuer(LocalSigningKey.loadOrCreate(DeskRuntime.jwtDirectory(template)), clock);
        out.println(issuer.issue(new TokenRequest(a.options().get("role"), a.options().get("account"),
                a.options().get("partner"), a.options().get("sub"), Duration.ofMinutes(a.intOption("ttl", 720)))));
        out.flush();
        return 0;
    }

    private static String readEventFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UsageException("Cannot read event file " + file + ": " + e.getMessage());
        }
    }

    private static SamTemplate template(Arguments a) {
        String file = a.options().get("template");
        return file == null ? SamTemplate.locate() : SamTemplate.load(Path.of(file));
    }

    /** Relative data dirs are taken from the template's folder, where ./desk runs anyway. */
    private static DatabaseOptions database(Arguments a, SamTemplate template, int defaultPort) {
        Path dataDir = template.directory().resolve(a.option("data-dir", ".local/dynamodb"));
        return new DatabaseOptions(a.intOption("db-port", defaultPort), a.flag("in-memory"), dataDir);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
