package desk.local;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import desk.devkit.LocalAws;
import desk.devkit.LocalDynamoDbClient;
import desk.devkit.SamTemplate;
import desk.devkit.StreamEventSource;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The template's {@code DynamoDB} events on DynamoDB Local: one {@link StreamPoller} each. */
final class LocalStreams implements AutoCloseable {

    private final DynamoDbStreamsClient streams;
    private final List<StreamEventSource> sources;
    private final List<StreamPoller> pollers;

    private LocalStreams(DynamoDbStreamsClient streams, List<StreamEventSource> sources, List<StreamPoller> pollers) {
        this.streams = streams;
        this.sources = sources;
        this.pollers = pollers;
    }

    static LocalStreams start(SamTemplate template, URI dynamoEndpoint, LocalFunctions functions, EventJson json,
                              StreamPositions positions, OnFailureDestination destination, Clock clock, PrintStream log) {
        List<StreamEventSource> sources = template.streamEventSources();
        // Read before anything starts, so a filter this runtime cannot apply stops desk run at once.
        List<List<EventPattern>> filters = sources.stream()
                .map(s -> s.filterPatterns().stream().map(EventPattern::parse).toList())
                .toList();
        DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(dynamoEndpoint)
                .region(LocalAws.REGION)
                .credentialsProvider(LocalAws.CREDENTIALS)
                .build();
        List<StreamPoller> pollers = new ArrayList<>();
        try (DynamoDbClient dynamo = LocalDynamoDbClient.connect(dynamoEndpoint)) {
            for (int i = 0; i < sources.size(); i++) {
                StreamEventSource source = sources.get(i);
                String streamArn = streamArn(dynamo, source);
                StreamRecordEvents events = new StreamRecordEvents(streamArn, json);
                BatchDelivery delivery = new BatchDelivery(source, streamArn, events, functions, destination, clock, log);
                pollers.add(new StreamPoller(source, streamArn, streams, events, filters.get(i), delivery, positions, clock, log).start());
            }
        } catch (RuntimeException e) {
            pollers.forEach(StreamPoller::close);
            streams.close();
            throw e;
        }
        return new LocalStreams(streams, sources, pollers);
    }

    private static String streamArn(DynamoDbClient dynamo, StreamEventSource source) {
        String arn = dynamo.describeTable(r -> r.tableName(source.tableLogicalId())).table().latestStreamArn();
        if (arn == null) {
            throw new IllegalStateException(source.id() + " reads the stream of " + source.tableLogicalId()
                    + ", which has no StreamSpecification in the template");
        }
        return arn;
    }

    List<StreamEventSource> sources() {
        return sources;
    }

    /**
     * Waits until every poller has caught up with its stream since this call: each record written
     * before it delivered (or filtered out, or given up on) and its position saved.
     *
     * @return the pollers still behind when {@code timeout} passed, with what they had not done
     *         with; empty when all caught up
     */
    List<StreamPoller.Backlog> awaitCaughtUp(Duration timeout) throws InterruptedException {
        List<Long> since = pollers.stream().map(StreamPoller::pagesAsked).toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<StreamPoller.Backlog> behind = new ArrayList<>();
        for (int i = 0; i < pollers.size(); i++) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!pollers.get(i).awaitCaughtUp(since.get(i), left)) {
                behind.add(pollers.get(i).backlog());
            }
        }
        return behind;
    }

    @Override
    public void close() {
        pollers.forEach(StreamPoller::close);
        streams.close();
    }
}
