package desk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.SamTemplate;

/**
 * {@code ./desk bench-worklogs}: many agents log work at once on the tickets of one bank, through
 * the local runtime's HTTP API on loopback (the same functions, JSON round trip and table stream as
 * {@code ./desk run}), and the hour deduction charges the bank from the stream. Prints how long the
 * logs took, the retries they needed (a 503 the client repeated with the same key), how long until
 * the bank had settled them, how many bank transactions that took, the hour deduction's conflict
 * retries (from its own log lines, as an operator would read them), and whether every log was
 * applied exactly once: the bank's used minutes equal what each ticket owes by the rule, the ledger
 * rebuilds the balance, and each ticket shows what it owes as charged. Ends with status 1 if not.
 *
 * <p>The bank is the demo Enterprise account's (a DIRECT contract of 1,000 hours from 1 January of
 * this year); its questions are opened by a customer and answered by an agent first, so each owes
 * at least the policy's 15 minutes before the timed part starts.
 */
final class WorklogBenchmark {
    private static final String ACCOUNT = "demo-enterprise";
    private static final String HOLDER = "account:" + ACCOUNT;
    private static final Pattern DEDUCTION_LINE = Pattern.compile(
            "hour-deduction: changes=(\\d+) settled=(\\d+) duplicates=(\\d+) uncharged=(\\d+) entries=(\\d+) transactions=(\\d+)"
                    + " conflictRetries=(\\d+)");
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(3);

    private final SamTemplate template;
    private final PrintStream out;
    private final PrintStream log;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WorklogBenchmark(SamTemplate template, PrintStream out, PrintStream log) {
        this.template = template;
        this.out = out;
        this.log = log;
    }

    /** What the hour deduction's log lines added up to. */
    private static final class DeductionLog extends OutputStream {
        private final PrintStream passOn;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        final AtomicInteger batches = new AtomicInteger();
        final AtomicInteger settled = new AtomicInteger();
        final AtomicInteger duplicates = new AtomicInteger();
        final AtomicInteger entries = new AtomicInteger();
        final AtomicInteger transactions = new AtomicInteger();
        final AtomicInteger conflictRetries = new AtomicInteger();

        DeductionLog(PrintStream passOn) {
            this.passOn = passOn;
        }

        @Override
        public synchronized void write(int b) {
            passOn.write(b);
            if (b == '\n') {
                read(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        private void read(String text) {
            Matcher m = DEDUCTION_LINE.matcher(text);
            if (m.find()) {
                batches.incrementAndGet();
                settled.addAndGet(Integer.parseInt(m.group(2)));
                duplicates.addAndGet(Integer.parseInt(m.group(3)));
                entries.addAndGet(Integer.parseInt(m.group(5)));
                transactions.addAndGet(Integer.parseInt(m.group(6)));
                conflictRetries.addAndGet(Integer.parseInt(m.group(7)));
            }
        }
    }

    int run(int logs, int tickets, int clients, long seed) {
        if (logs < 1 || tickets < 1 || tickets > logs || clients < 1) {
            throw new UsageException("bench-worklogs needs 1 <= --tickets <= --logs and --clients >= 1, not --logs " + logs
                    + " --tickets " + tickets + " --clients " + clients);
        }
        PrintStream stdout = System.out;
        DeductionLog deduction = new DeductionLog(new PrintStream(OutputStream.nullOutputStream()));
        // Functions run in this process and write their log lines to stdout, as Lambda sends them to CloudWatch.
        System.setOut(new PrintStream(deduction, true, StandardCharsets.UTF_8));
        Path files = temporaryDirectory();
        try (DeskServer server = DeskServer.start(template, new DatabaseOptions(freePort(), true, null), new LocalFiles(files),
                freePort(), true, 1, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()))) {
            return measure(server, deduction, logs, tickets, clients, seed);
        } finally {
            System.setOut(stdout);
        }
    }

    private int measure(DeskServer server, DeductionLog deduction, int logs, int tickets, int clients, long seed) {
        URI base = server.baseUrl();
        String admin = token(server, "admin", null, "bench-admin");
        String customer = token(server, "customer", ACCOUNT, "bench-customer");
        String agent = token(server, "agent", null, "bench-agent");
        long allowanceHours = 1000;
        expect(send(base, "PUT", "/accounts/" + ACCOUNT + "/contract", "{\"yearlyAllowanceHours\":" + allowanceHours
                + ",\"startDate\":\"" + Year.now(Clock.systemUTC()) + "-01-01\"}", admin, null), 200, 201);

        log.printf("bench-worklogs: opening and answering %d questions of %s%n", tickets, ACCOUNT);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            HttpResponse<String> opened = expect(send(base, "POST", "/tickets", "{\"kind\":\"QUESTION\",\"subject\":\"Bench " + i
                    + "\",\"description\":\"Which setting exports net prices?\"}", customer, null), 201);
            String id = (String) body(opened).get("id");
            expect(send(base, "POST", "/tickets/" + id + "/messages", "{\"body\":\"Settings > Export.\"}", agent, null), 201);
            ids.add(id);
        }

        Random random = new Random(seed);
        long[] worked = new long[tickets];
        List<String[]> requests = new ArrayList<>();
        for (int i = 0; i < logs; i++) {
            int ticket = i % tickets;
            int minutes = 1 + random.nextInt(30);
            worked[ticket] += minutes;
            requests.add(new String[] {ids.get(ticket), "{\"minutes\":" + minutes + ",\"note\":\"Bench " + i + "\"}", "bench-" + seed + "-" + i});
        }
        long owed = 0;
        for (long minutes : worked) {
            owed += Math.max(15, minutes);
        }
        int entriesBefore = deduction.entries.get();
        int transactionsBefore = deduction.transactions.get();
        int conflictsBefore = deduction.conflictRetries.get();

        log.printf("bench-worklogs: %d work logs on %d tickets from %d concurrent clients%n", logs, tickets, clients);
        AtomicInteger retried = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<HttpResponse<String>>> done = new ArrayList<>();
            for (String[] request : requests) {
                done.add(pool.submit(() -> untilAccepted(base, request, agent, retried)));
            }
            for (Future<HttpResponse<String>> response : done) {
                expect(response.get(), 201);
            }
        } catch (Exception e) {
            throw new IllegalStateException("A work log failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        Duration logging = Duration.ofNanos(System.nanoTime() - start);

        Map<String, Object> bank = Map.of();
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            bank = body(expect(send(base, "GET", "/banks/" + HOLDER, null, agent, null), 200));
            if (((Number) bank.get("usedMinutes")).longValue() == owed) {
                break;
            }
            sleep(Duration.ofMillis(100));
        }
        Duration settling = Duration.ofNanos(System.nanoTime() - start);
        long used = ((Number) bank.get("usedMinutes")).longValue();
        long ledgerSum = ledgerSum(base, agent);
        int ticketsExact = 0;
        for (int i = 0; i < tickets; i++) {
            Map<String, Object> view = body(expect(send(base, "GET", "/tickets/" + ids.get(i), null, agent, null), 200));
            @SuppressWarnings("unchecked")
            Map<String, Object> cost = (Map<String, Object>) view.get("cost");
            if (cost != null && ((Number) cost.get("chargedMinutes")).longValue() == Math.max(15, worked[i])) {
                ticketsExact++;
            }
        }

        out.printf(Locale.ROOT, "Work logs through the local runtime's HTTP API (loopback), one bank (%s, %,d h a year), in-memory"
                + " DynamoDB Local, JDK %s, %d processors%n", HOLDER, allowanceHours, Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-52s %,d on %d tickets from %d concurrent clients%n", "work logs", logs, tickets, clients);
        out.printf(Locale.ROOT, "%-52s %,d ms (%,.0f logs/s)%n", "wall time, all logs answered 201", logging.toMillis(),
                logs / Math.max(logging.toNanos() / 1e9, 1e-9));
        out.printf(Locale.ROOT, "%-52s %,d%n", "client retries (503 repeated with the same key)", retried.get());
        out.printf(Locale.ROOT, "%-52s %,d ms%n", "wall time until the bank had settled every log", settling.toMillis());
        out.printf(Locale.ROOT, "%-52s %,d entries in %,d bank transactions%n", "hour deduction wrote",
                deduction.entries.get() - entriesBefore, deduction.transactions.get() - transactionsBefore);
        out.printf(Locale.ROOT, "%-52s %,d%n", "hour deduction conflict retries (bank or charge moved)",
                deduction.conflictRetries.get() - conflictsBefore);
        out.printf(Locale.ROOT, "%-52s %,d (expected %,d: each ticket max(15, minutes worked))%n", "bank used minutes", used, owed);
        out.printf(Locale.ROOT, "%-52s %,d%n", "ledger entries summed (charges less refunds)", ledgerSum);
        out.printf(Locale.ROOT, "%-52s %d of %d%n", "tickets showing what they owe as charged", ticketsExact, tickets);
        boolean exact = used == owed && ledgerSum == owed && ticketsExact == tickets;
        out.println(exact ? "Every work log was applied exactly once and the balance is exact."
                : "NOT exact: the bank, its ledger or a ticket disagrees with the work logged.");
        return exact ? 0 : 1;
    }

    private HttpResponse<String> untilAccepted(URI base, String[] request, String agent, AtomicInteger retried) {
        HttpResponse<String> response = send(base, "POST", "/tickets/" + request[0] + "/worklogs", request[1], agent, request[2]);
        while (response.statusCode() == 503) {
            retried.incrementAndGet();
            sleep(Duration.ofMillis(50));
            response = send(base, "POST", "/tickets/" + request[0] + "/worklogs", request[1], agent, request[2]);
        }
        return response;
    }

    @SuppressWarnings("unchecked")
    private long ledgerSum(URI base, String agent) {
        long sum = 0;
        String cursor = null;
        do {
            Map<String, Object> page = body(expect(send(base, "GET", "/banks/" + HOLDER + "?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor), null, agent, null), 200));
            for (Map<String, Object> entry : (List<Map<String, Object>>) page.get("ledger")) {
                long minutes = ((Number) entry.get("minutes")).longValue();
                sum += "CHARGE".equals(entry.get("kind")) ? minutes : -minutes;
            }
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        return sum;
    }

    private HttpResponse<String> send(URI base, String method, String path, String body, String token, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.uri().getPath() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    private Map<String, Object> body(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), new TypeReference<HashMap<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String token(DeskServer server, String role, String account, String subject) {
        return server.runtime().tokens().issue(new TokenRequest(role, account, null, subject, Duration.ofMinutes(30)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("desk-bench-worklogs");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
