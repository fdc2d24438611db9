package desk.local;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.devkit.FunctionContexts;
import desk.devkit.FunctionProperties;
import desk.devkit.LocalDynamoDbClient;
import desk.devkit.SamFunction;
import desk.devkit.SamTemplate;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.TicketStore;
import desk.usecase.OpenTicket;
import desk.usecase.SweepSlas;
import io.micronaut.context.ApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One world for the SLA sweep's benchmark: a fresh in-memory DynamoDB Local with the template's
 * tables, and the Micronaut context of the template's {@code SlaSweepFunction} on it, as Lambda
 * starts it. Tickets are opened through the real {@code OpenTicket} (an agent opening a question
 * for an Enterprise account, so each awaits a first response under a contractual target) and
 * multiplied by cloning that item ({@link TicketClone}) with {@code BatchWriteItem}; the sweep is
 * the real {@code SweepSlas}, given the function's time as the handler gives it.
 */
final class SweepWorld implements AutoCloseable {
    static final String FUNCTION = "SlaSweepFunction";
    static final String ACCOUNT = "bench-enterprise";
    private static final String TABLE_VARIABLE = "DESK_TABLE_NAME";

    /** One run of the sweep: what it reported and how long it took. */
    record Sweep(SweepSlas.SweepReport report, Duration wall) {
        int announcements() {
            return report.atRisk() + report.breached();
        }
    }

    private final SamFunction function;
    private final LocalDatabase database;
    private final ApplicationContext context;
    private final DynamoDbClient client;
    private final String table;

    private SweepWorld(SamFunction function, LocalDatabase database, ApplicationContext context, DynamoDbClient client,
                       String table) {
        this.function = function;
        this.database = database;
        this.context = context;
        this.client = client;
        this.table = table;
    }

    static SweepWorld start(SamTemplate template, PrintStream log) {
        SamFunction function = template.findFunction(FUNCTION)
                .orElseThrow(() -> new UsageException("No function " + FUNCTION + " in " + template.file()));
        String table = FunctionProperties.environment(template, FUNCTION).get(TABLE_VARIABLE);
        if (table == null) {
            throw new IllegalStateException(FUNCTION + " has no " + TABLE_VARIABLE + " in " + template.file());
        }
        LocalDatabase database = LocalDatabase.start(0, true, null, log);
        ApplicationContext context = null;
        DynamoDbClient client = null;
        try {
            database.createTables(template, log);
            context = FunctionContexts.start(template, function, FunctionProperties.localProperties(database.endpoint()),
                    FunctionProperties.LOCAL_LOG_STREAM);
            client = LocalDynamoDbClient.connect(database.endpoint());
            context.getBean(AccountStore.class).put(new Account(ACCOUNT, "Benchmark Enterprise", Plan.ENTERPRISE,
                    Contract.DIRECT, Optional.empty(), List.of(), "es-madrid"));
            return new SweepWorld(function, database, context, client, table);
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            if (context != null) {
                context.close();
            }
            database.close();
            throw e;
        }
    }

    /** Opens a ticket as production does, received at {@code receivedAt}; its item, outbox item included, is intake's. */
    String open(Instant receivedAt) {
        OpenTicket.Outcome outcome = context.getBean(OpenTicket.class).open(new Principal.SupportAgent("agent-bench"),
                Map.of("accountId", ACCOUNT, "kind", "QUESTION", "subject", "Net prices",
                        "description", "Which setting exports net prices?"),
                receivedAt, Optional.empty());
        if (!(outcome instanceof OpenTicket.Outcome.Created(var ticket, var plan))) {
            throw new IllegalStateException("Intake did not open the benchmark's ticket: " + outcome);
        }
        return ticket.id();
    }

    /** The ticket's item as stored. */
    Map<String, AttributeValue> item(String ticketId) {
        Map<String, AttributeValue> item = client.getItem(get -> get.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("TICKET#" + ticketId), "sk", AttributeValue.fromS("TICKET")))).item();
        if (item == null || item.isEmpty()) {
            throw new IllegalStateException("No ticket " + ticketId + " in " + table);
        }
        return item;
    }

    /** When the ticket's next SLA checkpoint comes, as stored. */
    Instant nextCheckpoint(String ticketId) {
        return Instant.parse(item(ticketId).get("slaNextCheckpointAt").s());
    }

    /**
     * Writes {@code count} clones of the ticket (not its announcements), the k-th (from 1) received
     * k milliseconds after it, on {@code threads} threads.
     *
     * @return the clones' ids, in that order
     */
    List<String> clone(String prototypeId, int count, int threads) {
        Map<String, AttributeValue> prototype = item(prototypeId);
        List<String> ids = IntStream.range(0, count).mapToObj(i -> UUID.randomUUID().toString()).toList();
        new BatchWriter(client, table).writeAll(count,
                i -> TicketClone.of(prototype, ids.get(i), Duration.ofMillis(i + 1L)), threads);
        return ids;
    }

    /**
     * One sweep at {@code now}, going on while the handler would: until less than
     * {@code desk.sweep.reserve-millis} is left of the function's {@code Timeout}.
     */
    Sweep sweep(Instant now) {
        long reserveMillis = context.getRequiredProperty("desk.sweep.reserve-millis", Long.class);
        long start = System.nanoTime();
        long stopAt = start + Duration.ofSeconds(function.timeoutSeconds()).minusMillis(reserveMillis).toNanos();
        SweepSlas.SweepReport report = context.getBean(SweepSlas.class).sweep(now, () -> System.nanoTime() - stopAt < 0);
        return new Sweep(report, Duration.ofNanos(System.nanoTime() - start));
    }

    TicketStore tickets() {
        return context.getBean(TicketStore.class);
    }

    SamFunction function() {
        return function;
    }

    @Override
    public void close() {
        client.close();
        context.close();
        database.close();
    }
}
