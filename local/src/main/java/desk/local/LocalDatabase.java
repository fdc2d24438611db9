package desk.local;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

import desk.devkit.DynamoDbLocal;
import desk.devkit.LocalDynamoDbClient;
import desk.devkit.SamTemplate;
import desk.devkit.TemplateTables;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB Local the functions talk to: one this process started (and stops), or one another
 * process ({@code desk run}) already serves on the port, which this process only borrows.
 */
final class LocalDatabase implements AutoCloseable {

    private final URI endpoint;
    private final DynamoDbLocal owned;

    private LocalDatabase(URI endpoint, DynamoDbLocal owned) {
        this.endpoint = endpoint;
        this.owned = owned;
    }

    /** Starts one on {@code port} (0: any free port), in memory or under {@code dataDir}. */
    static LocalDatabase start(int port, boolean inMemory, Path dataDir, PrintStream log) {
        if (port != 0 && DynamoDbLocal.isListening(port)) {
            throw new UsageException("Port " + port + " is already in use (another desk run?): choose another with --db-port");
        }
        DynamoDbLocal dynamo = inMemory ? DynamoDbLocal.inMemory(port) : DynamoDbLocal.persistent(dataDir, port);
        log.printf("DynamoDB Local on %s (%s)%n", dynamo.endpoint(), inMemory ? "in memory" : "data in " + dataDir);
        return new LocalDatabase(dynamo.endpoint(), dynamo);
    }

    /** Borrows the one listening on {@code port}, if any; else starts one on a free port. */
    static LocalDatabase reuseOrStart(int port, boolean inMemory, Path dataDir, PrintStream log) {
        if (DynamoDbLocal.isListening(port)) {
            log.printf("Using the DynamoDB Local already listening on port %d%n", port);
            return new LocalDatabase(DynamoDbLocal.endpointFor(port), null);
        }
        return start(0, inMemory, dataDir, log);
    }

    URI endpoint() {
        return endpoint;
    }

    /** Whether another process serves it: a {@code desk run}, whose stream pollers relay what is written. */
    boolean borrowed() {
        return owned == null;
    }

    /** Creates the template's tables that are missing. */
    void createTables(SamTemplate template, PrintStream log) {
        try (DynamoDbClient client = LocalDynamoDbClient.connect(endpoint)) {
            TemplateTables.createAll(client, template).forEach(name -> log.printf("created table %s%n", name));
        }
    }

    /** Idempotent: {@code invoke} closes it both directly and through its runtime. */
    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }
}
