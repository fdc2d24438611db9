package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import desk.devkit.HttpRoute;
import desk.devkit.EventBridgeRuleSource;
import desk.devkit.SamTemplate;
import desk.devkit.Schedule;
import desk.devkit.StreamEventSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code events/} reaches a function of template.yaml, which takes it, as
 * {@code ./desk invoke} would run it on the seeded demo data: an HTTP request names a route and
 * gets no server error; a stream batch comes from a table DynamoDB events read, passes the filter
 * of at least one of them, and every function it passes takes every record (the relay publishes each); a bus
 * event is matched by a rule of the template, whose function takes it; a user pool trigger reaches the function its
 * user pool names for it, which answers it; an S3 notification is one a function's S3 event asks for (its handler
 * tests read the object it names). A sample that drifts from the template fails here.
 */
class EverySampleEventReachesItsFunctionTest {
    private static final SamTemplate TEMPLATE = SamTemplate.locate();
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path files;
    private static LocalDatabase database;
    private static DeskRuntime runtime;

    @BeforeAll
    static void start() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        database = LocalDatabase.start(0, true, null, quiet);
        database.createTables(TEMPLATE, quiet);
        runtime = new DeskRuntime(TEMPLATE, database, new LocalFiles(files), Clock.systemUTC(), quiet);
        runtime.seed();
    }

    @AfterAll
    static void stop() {
        runtime.close();
        database.close();
    }

    static Stream<Path> sampleEvents() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATE.file().toAbsolutePath().getParent().resolve("events"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> httpSamples() throws IOException {
        return sampleEvents().filter(file -> json(file).has("routeKey"));
    }

    static Stream<Path> streamSamples() throws IOException {
        return sampleEvents().filter(file -> json(file).at("/Records/0/eventSource").asText().equals("aws:dynamodb"));
    }

    static Stream<Path> scheduleSamples() throws IOException {
        return sampleEvents().filter(file -> json(file).path("detail-type").asText().equals("Scheduled Event"));
    }

    static Stream<Path> userPoolTriggerSamples() throws IOException {
        return sampleEvents().filter(file -> json(file).has("userPoolId") && json(file).has("triggerSource"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleEvents")
    void the_sample_is_an_event_one_of_the_templates_triggers_sends(Path file) {
        JsonNode sample = json(file);

        assertThat(sample.has("routeKey") || sample.at("/Records/0/eventSource").asText().equals("aws:dynamodb")
                || sample.path("detail-type").asText().equals("Scheduled Event") || busEvent(sample)
                || sample.has("userPoolId") && sample.has("triggerSource")
                || sample.at("/Records/0/eventSource").asText().equals("aws:s3"))
                .as("%s is neither an HTTP API request nor a DynamoDB stream batch nor a schedule nor a bus event"
                        + " nor a user pool trigger nor an S3 notification", file.getFileName()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("s3Samples")
    void the_sample_s3_notification_is_one_a_function_of_the_template_asks_for(Path file) throws IOException {
        JsonNode record = json(file).at("/Records/0");
        String eventName = "s3:" + record.path("eventName").asText();
        String key = java.net.URLDecoder.decode(record.at("/s3/object/key").asText(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(TEMPLATE.s3EventSources()).as("S3 events of template.yaml taking %s %s", eventName, key)
                .anyMatch(source -> source.matches(eventName, key));
    }

    static Stream<Path> s3Samples() throws IOException {
        return sampleEvents().filter(file -> json(file).at("/Records/0/eventSource").asText().equals("aws:s3"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userPoolTriggerSamples")
    void the_sample_trigger_reaches_the_function_its_user_pool_names_and_gets_the_desk_claims(Path file) throws IOException {
        JsonNode sample = json(file);
        assertThat(sample.path("triggerSource").asText()).as("the only user pool trigger of template.yaml").startsWith("TokenGeneration_");
        List<String> functions = TEMPLATE.resources().values().stream()
                .filter(resource -> "AWS::Cognito::UserPool".equals(resource.get("Type")))
                .map(pool -> functionOf(at(pool, "Properties", "LambdaConfig", "PreTokenGenerationConfig", "LambdaArn")))
                .filter(java.util.Objects::nonNull)
                .toList();
        assertThat(functions).as("functions a user pool of template.yaml names for pre-token generation").hasSize(1);

        JsonNode answer = JSON.readTree(runtime.functions().invokeJson(functions.getFirst(), Files.readString(file)));

        JsonNode claims = answer.at("/response/claimsAndScopeOverrideDetails/accessTokenGeneration/claimsToAddOrOverride");
        assertThat(claims.path("role").asText()).as(answer.toString()).isEqualTo(sample.at("/request/userAttributes/custom:role").asText());
    }

    /** The function logical id behind {@code !Ref F.Alias}, {@code !Ref F} or {@code !GetAtt F.Arn}; null for anything else. */
    private static String functionOf(Object arn) {
        Object id = null;
        if (arn instanceof java.util.Map<?, ?> intrinsic) {
            id = intrinsic.get("Ref") != null ? intrinsic.get("Ref")
                    : intrinsic.get("Fn::GetAtt") instanceof List<?> getAtt && !getAtt.isEmpty() ? getAtt.getFirst() : null;
        }
        return id == null ? null : String.valueOf(id).replaceFirst("\\.Alias$", "");
    }

    private static Object at(Object node, String... path) {
        for (String step : path) {
            node = node instanceof java.util.Map<?, ?> map ? map.get(step) : null;
        }
        return node;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("busSamples")
    void the_sample_bus_event_is_matched_by_a_rule_of_the_template_whose_function_takes_it(Path file) throws IOException {
        JsonNode sample = json(file);
        List<EventBridgeRuleSource> matching = TEMPLATE.eventBridgeRules().stream()
                .filter(rule -> EventPattern.parse(rule.patternJson()).matches(sample))
                .toList();

        assertThat(matching).as("rules of template.yaml matching %s", file.getFileName()).isNotEmpty();
        for (EventBridgeRuleSource rule : matching) {
            String answer = runtime.functions().invokeJson(rule.functionLogicalId(), Files.readString(file));
            assertThat(answer).as("%s's answer", rule.functionLogicalId()).isNotBlank();
        }
    }

    static Stream<Path> busSamples() throws IOException {
        return sampleEvents().filter(file -> busEvent(json(file)));
    }

    /** An event as EventBridge hands it to a rule's target: the envelope, other than a schedule's. */
    private static boolean busEvent(JsonNode sample) {
        return sample.has("source") && sample.has("detail-type") && sample.has("detail")
                && !sample.path("detail-type").asText().equals("Scheduled Event");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scheduleSamples")
    void the_sample_schedule_runs_the_function_the_template_schedules_to_completion(Path file) throws IOException {
        List<Schedule> schedules = TEMPLATE.schedules();
        assertThat(schedules).as("schedules of template.yaml").hasSize(1);

        String report = runtime.functions().invokeJson(schedules.getFirst().functionLogicalId(), Files.readString(file));

        assertThat(JSON.readTree(report).path("complete").asBoolean()).as(report).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("httpSamples")
    void the_sample_names_a_template_route_and_its_function_answers_it(Path file) throws IOException {
        APIGatewayV2HTTPEvent event = runtime.json().read(Files.readString(file), APIGatewayV2HTTPEvent.class);
        List<HttpRoute> routes = TEMPLATE.httpRoutes().stream()
                .filter(route -> (route.method() + " " + route.path()).equals(event.getRouteKey()))
                .toList();

        assertThat(routes).as("routes of template.yaml with key %s", event.getRouteKey()).hasSize(1);
        APIGatewayV2HTTPResponse response = (APIGatewayV2HTTPResponse) runtime.functions().invoke(routes.getFirst().functionLogicalId(), event);
        assertThat(response.getStatusCode()).as(response.getBody()).isBetween(200, 499);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streamSamples")
    void the_sample_passes_the_filter_of_an_event_reading_its_table_and_each_such_function_takes_every_record(Path file)
            throws IOException {
        DynamodbEvent event = runtime.json().read(Files.readString(file), DynamodbEvent.class);
        List<StreamEventSource> sources = TEMPLATE.streamEventSources().stream()
                .filter(source -> event.getRecords().stream()
                        .allMatch(r -> r.getEventSourceARN().contains(source.tableLogicalId())))
                .filter(source -> {
                    List<EventPattern> filters = source.filterPatterns().stream().map(EventPattern::parse).toList();
                    return event.getRecords().stream().allMatch(record ->
                            EventPattern.anyMatches(filters, StreamRecordEvents.filterView(record, runtime.json())));
                })
                .toList();
        assertThat(sources).as("DynamoDB events of template.yaml reading the sample's table and passing all its records")
                .isNotEmpty();

        for (StreamEventSource source : sources) {
            int before = lines(runtime.files().events());

            StreamsEventResponse response = (StreamsEventResponse) runtime.functions().invoke(source.functionLogicalId(), event);

            assertThat(response.getBatchItemFailures()).as(source.id()).isEmpty();
            if (source.functionLogicalId().equals("AnnouncementRelayFunction")) {
                assertThat(lines(runtime.files().events())).as("every record relayed").isEqualTo(before + event.getRecords().size());
            }
        }
    }

    private static int lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    private static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
