package desk.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.jwk.RSAKey;

import desk.devkit.SamTemplate;
import desk.devkit.eventbridge.LocalEventBus;

/**
 * Everything between a request and a handler, wired once: the functions, the API gateway with
 * its authorizer, the local EventBridge they publish to, the token issuer and the seeder. Shared
 * by {@code run}, {@code invoke} and tests.
 */
final class DeskRuntime implements AutoCloseable {

    /** Where a function's EventBridge client sends {@code PutEvents} (see the relay's client factory). */
    static final String EVENTBRIDGE_ENDPOINT = "desk.eventbridge.endpoint";

    private final SamTemplate template;
    private final LocalDatabase database;
    private final LocalFunctions functions;
    private final LocalApiGateway gateway;
    private final TokenIssuer tokens;
    private final EventJson json;
    private final LocalFiles files;
    private final LocalEventBus eventBus;
    private final Clock clock;
    private final PrintStream log;

    DeskRuntime(SamTemplate template, LocalDatabase database, Clock clock, PrintStream log) {
        this(template, database, LocalFiles.of(template), clock, log);
    }

    /** @param files where events and stream failures are written ({@code .local/} beside the template outside tests) */
    DeskRuntime(SamTemplate template, LocalDatabase database, LocalFiles files, Clock clock, PrintStream log) {
        this.template = template;
        this.database = database;
        this.files = files;
        this.clock = clock;
        this.log = log;
        RSAKey key = LocalSigningKey.loadOrCreate(jwtDirectory(template));
        this.json = new EventJson();
        this.tokens = new TokenIssuer(key, clock);
        this.eventBus = LocalEventBus.start(Set.copyOf(template.eventBuses()), new EventsFile(files.events(), log), clock);
        try {
            this.functions = new LocalFunctions(template, database.endpoint(),
                    Map.of(EVENTBRIDGE_ENDPOINT, eventBus.endpoint().toString()), clock, log);
            this.gateway = new LocalApiGateway(template, new JwtAuthorizer(key), new HttpEvents(clock), functions, json, log);
        } catch (RuntimeException e) {
            eventBus.close();
            throw e;
        }
    }

    static Path jwtDirectory(SamTemplate template) {
        return template.directory().resolve(".local/jwt");
    }

    SamTemplate template() {
        return template;
    }

    LocalDatabase database() {
        return database;
    }

    LocalFunctions functions() {
        return functions;
    }

    LocalApiGateway gateway() {
        return gateway;
    }

    TokenIssuer tokens() {
        return tokens;
    }

    EventJson json() {
        return json;
    }

    void seed() {
        new Seeder(gateway, tokens, log).seed(SeedData.load());
    }

    LocalScheduler scheduler() {
        return new LocalScheduler(functions, new ScheduledEvents(clock), log);
    }

    LocalEventBus eventBus() {
        return eventBus;
    }

    LocalFiles files() {
        return files;
    }

    /** Starts polling the streams of the template's {@code DynamoDB} events, from the given positions. */
    LocalStreams startStreams(StreamPositions positions) {
        return LocalStreams.start(template, database.endpoint(), functions, json, positions,
                new OnFailureDestination(files.streamFailures(), clock, log), clock, log);
    }

    /**
     * Polls the streams from the given positions until the pollers have caught up with all written
     * so far, then stops them: what {@code invoke} does after its function, in place of the
     * pollers of a {@code desk run}.
     *
     * @return the pollers that had not caught up within {@code timeout}, with what they had not
     *         delivered; empty when all did
     */
    List<StreamPoller.Backlog> catchUpStreams(StreamPositions positions, Duration timeout) {
        try (LocalStreams streams = startStreams(positions)) {
            return streams.awaitCaughtUp(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the stream pollers caught up", e);
        }
    }

    /** Closes the functions' contexts, the local bus, and then the database, if this process started it. */
    @Override
    public void close() {
        functions.close();
        eventBus.close();
        database.close();
    }
}
