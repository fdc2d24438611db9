package desk.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.jwk.RSAKey;

import desk.devkit.SamTemplate;
import desk.devkit.eventbridge.LocalEventBus;
import desk.devkit.ses.LocalSes;
import desk.devkit.ses.SentMailListener;

/**
 * Everything between a request and a handler, wired once: the functions, the API gateway with
 * its authorizer, the local EventBridge they publish to and its rules, the local S3 and its
 * notifications, the local SES they send mail through, Lambda's asynchronous invocations, the
 * token issuer and the seeder. Shared by
 * {@code run}, {@code invoke} and tests.
 */
final class DeskRuntime implements AutoCloseable {

    /** Where a function's EventBridge client sends {@code PutEvents} (see the relay's client factory). */
    static final String EVENTBRIDGE_ENDPOINT = "desk.eventbridge.endpoint";
    /** Where a function's S3 client goes (path-style) when the template has buckets: the local S3. */
    static final String S3_ENDPOINT = "desk.s3.endpoint";
    /** Where a function's SES v2 client sends {@code SendEmail} (see the mailer's client factory): the local SES. */
    static final String SES_ENDPOINT = "desk.ses.endpoint";

    private final SamTemplate template;
    private final LocalDatabase database;
    private final LocalFunctions functions;
    private final LocalApiGateway gateway;
    private final TokenIssuer tokens;
    private final EventJson json;
    private final LocalFiles files;
    private final LocalEventBus eventBus;
    private final Optional<LocalS3> s3;
    private final AsyncInvocations async;
    private final S3Notifications s3Notifications;
    private final EventBridgeRules rules;
    private final LocalSes ses;
    private final AtomicReference<SentMailListener> sentMail = new AtomicReference<>();
    private final Clock clock;
    private final PrintStream log;

    DeskRuntime(SamTemplate template, LocalDatabase database, Clock clock, PrintStream log) {
        this(template, database, LocalFiles.of(template), clock, log);
    }

    /** @param files where events and stream failures are written ({@code .local/} beside the template outside tests) */
    DeskRuntime(SamTemplate template, LocalDatabase database, LocalFiles files, Clock clock, PrintStream log) {
        this(template, database, files, Optional.empty(), 1, clock, log);
    }

    /**
     * @param s3      the local S3, which this runtime closes, when the template has buckets
     * @param speedUp divides the delays of retries (asynchronous invocations, rules): 1 except in tests
     */
    DeskRuntime(SamTemplate template, LocalDatabase database, LocalFiles files, Optional<LocalS3> s3, long speedUp,
                Clock clock, PrintStream log) {
        // Secret parameters (signing keys) get local values, as a deployment is given real ones.
        template = LocalSecrets.applied(template);
        this.template = template;
        this.database = database;
        this.files = files;
        this.s3 = s3;
        this.clock = clock;
        this.log = log;
        RSAKey key = LocalSigningKey.loadOrCreate(jwtDirectory(template));
        this.json = new EventJson();
        this.tokens = new TokenIssuer(key, clock);
        // The rules need the functions, which need the bus's endpoint: the bus tells the rules once they exist.
        AtomicReference<EventBridgeRules> rulesOnTheBus = new AtomicReference<>();
        EventsFile eventsFile = new EventsFile(files.events(), log);
        this.eventBus = LocalEventBus.start(Set.copyOf(template.eventBuses()), event -> {
            eventsFile.published(event);
            EventBridgeRules routing = rulesOnTheBus.get();
            if (routing != null) {
                routing.published(event);
            }
        }, clock);
        // Until a desk run's mail server takes it: the mailbox's files, or SES's receiving for our own addresses.
        InboundMail inbound = new InboundMail(template, this, clock, log);
        Mailbox filesOnly = new Mailbox(files.mail(), Optional.empty(), clock, log);
        sentMail.set(mail -> LocalMailServer.deliverSent(inbound, filesOnly, clock, mail.from(), mail.recipients(), mail.raw()));
        this.ses = LocalSes.start(mail -> sentMail.get().sent(mail));
        try {
            Map<String, Object> standIns = new LinkedHashMap<>();
            standIns.put(EVENTBRIDGE_ENDPOINT, eventBus.endpoint().toString());
            standIns.put(SES_ENDPOINT, ses.endpoint().toString());
            s3.ifPresent(local -> standIns.put(S3_ENDPOINT, local.endpoint().toString()));
            this.functions = new LocalFunctions(template, database.endpoint(), standIns, clock, log);
            this.gateway = new LocalApiGateway(template, new JwtAuthorizer(key), new HttpEvents(clock), functions, json, log);
            this.async = new AsyncInvocations(template, functions, files.asyncFailures(), speedUp, clock, log);
            this.s3Notifications = new S3Notifications(template, async, clock, log);
            this.rules = new EventBridgeRules(template, async, files.ruleDeadLetters(), speedUp, clock, log);
            rulesOnTheBus.set(rules);
        } catch (RuntimeException e) {
            ses.close();
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

    Optional<LocalS3> s3() {
        return s3;
    }

    S3Notifications s3Notifications() {
        return s3Notifications;
    }

    EventBridgeRules rules() {
        return rules;
    }

    LocalSes ses() {
        return ses;
    }

    /** Where mail the functions send through the local SES goes from now on (a desk run's mail server). */
    void deliverSentMailTo(SentMailListener listener) {
        sentMail.set(listener);
    }

    /**
     * Stores an object in the local S3 and sends the S3 events of the template that match it, as
     * S3 does after each stored object.
     */
    LocalS3.StoredObject storeObject(String bucket, String key, byte[] body, String contentType) {
        LocalS3 local = s3.orElseThrow(() -> new IllegalStateException("No local S3: the template declares no bucket"));
        LocalS3.StoredObject stored = local.put(bucket, key, body, contentType);
        s3Notifications.objectCreated(stored);
        return stored;
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

    /**
     * Stops the retries, lets running asynchronous invocations finish, closes the functions'
     * contexts, the local bus, the local S3, and then the database, if this process started it.
     */
    @Override
    public void close() {
        rules.close();
        async.close();
        functions.close();
        ses.close();
        eventBus.close();
        s3.ifPresent(LocalS3::close);
        database.close();
    }
}
