package desk.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

import com.nimbusds.jose.jwk.RSAKey;

import desk.devkit.SamTemplate;

/**
 * Everything between a request and a handler, wired once: the functions, the API gateway with
 * its authorizer, the token issuer and the seeder. Shared by {@code run}, {@code invoke} and tests.
 */
final class DeskRuntime implements AutoCloseable {

    private final SamTemplate template;
    private final LocalDatabase database;
    private final LocalFunctions functions;
    private final LocalApiGateway gateway;
    private final TokenIssuer tokens;
    private final EventJson json;
    private final Clock clock;
    private final PrintStream log;

    DeskRuntime(SamTemplate template, LocalDatabase database, Clock clock, PrintStream log) {
        this.template = template;
        this.database = database;
        this.clock = clock;
        this.log = log;
        RSAKey key = LocalSigningKey.loadOrCreate(jwtDirectory(template));
        this.json = new EventJson();
        this.functions = new LocalFunctions(template, database.endpoint(), clock, log);
        this.tokens = new TokenIssuer(key, clock);
        this.gateway = new LocalApiGateway(template, new JwtAuthorizer(key), new HttpEvents(clock), functions, json, log);
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

    /** Closes the functions' contexts and then the database, if this process started it. */
    @Override
    public void close() {
        functions.close();
        database.close();
    }
}
