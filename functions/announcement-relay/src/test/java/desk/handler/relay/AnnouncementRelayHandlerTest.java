package desk.handler.relay;

import static desk.handler.relay.StreamRecords.announcement;
import static desk.handler.relay.StreamRecords.announcementItem;
import static desk.handler.relay.StreamRecords.event;
import static desk.handler.relay.StreamRecords.insert;
import static desk.handler.relay.StreamRecords.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.LocalDesk;
import desk.devkit.eventbridge.BusEvent;
import desk.devkit.eventbridge.EntryError;
import desk.devkit.eventbridge.LocalEventBus;
import desk.devkit.junit.LocalDynamoDbExtension;
import io.micronaut.context.ApplicationContext;

/**
 * The relay handler in the context the template gives it, publishing to the local EventBridge
 * through the real SDK client; what arrived is read back from the bus.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class AnnouncementRelayHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<BusEvent> arrived = new CopyOnWriteArrayList<>();
    private LocalDesk desk;
    private LocalEventBus bus;
    private ApplicationContext context;
    private AnnouncementRelayHandler handler;

    @BeforeEach
    void start(LocalDesk localDesk) {
        desk = localDesk;
        bus = LocalEventBus.start(Set.copyOf(desk.template().eventBuses()), arrived::add);
        context = relayContext(bus.endpoint().toString());
        handler = new AnnouncementRelayHandler(context);
    }

    @AfterEach
    void stop() {
        context.close();
        bus.close();
    }

    @Test
    void the_sample_stream_event_puts_one_ticket_received_event_on_the_desk_bus() throws Exception {
        DynamodbEvent sample = io.micronaut.serde.ObjectMapper.getDefault().readValue(
                Files.readAllBytes(desk.template().directory().resolve("events/announcement-stream.json")), DynamodbEvent.class);

        StreamsEventResponse response = handler.handleRequest(sample, null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(arrived).hasSize(1);
        BusEvent event = arrived.getFirst();
        assertThat(event.bus()).isEqualTo("DeskEventBus");
        assertThat(JSON.readTree(event.envelopeJson())).isEqualTo(JSON.readTree("""
                {"version":"0","id":"%s","detail-type":"Ticket Received","source":"desk.tickets",
                 "account":"123456789012","time":"2026-11-27T16:30:00Z","region":"eu-south-2","resources":[],
                 "detail":{"eventId":"0b6f3c1e-5d2a-4c8e-9f47-2a1d8e6b7c90/1","ticketId":"0b6f3c1e-5d2a-4c8e-9f47-2a1d8e6b7c90",
                   "sequence":1,"occurredAt":"2026-11-27T16:30:00Z","accountId":"demo-enterprise","kind":"INCIDENT",
                   "severity":"MAJOR","channel":"WEB_FORM",
                   "firstResponse":{"target":"CONTRACTUAL","businessTime":"PT2H","dueAt":"2026-11-30T08:30:00Z"},
                   "partnerId":null,"liveChat":false,"tags":["export","prices"]}}""".formatted(event.id())));
    }

    @Test
    void twenty_three_announcements_arrive_in_stream_order_in_three_calls() {
        DynamodbStreamRecord[] records = IntStream.rangeClosed(1, 23).mapToObj(StreamRecords::announcement)
                .toArray(DynamodbStreamRecord[]::new);

        StreamsEventResponse response = handler.handleRequest(event(records), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(sequences()).containsExactlyElementsOf(IntStream.rangeClosed(1, 23).boxed().toList());
        assertThat(bus.putEventsCalls()).isEqualTo(3);
    }

    @Test
    void ttl_deletions_modifications_and_other_items_are_never_relayed() {
        StreamsEventResponse response = handler.handleRequest(event(
                StreamRecords.ttlDeletion(1),
                StreamRecords.modify(announcementItem(2, Map.of()), announcementItem(2, Map.of("note", s("changed")))),
                insert(StreamRecords.ticketItem()),
                announcement(3)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(sequences()).containsExactly(3);
    }

    @Test
    void a_batch_with_nothing_to_announce_makes_no_call() {
        StreamsEventResponse response = handler.handleRequest(event(StreamRecords.ttlDeletion(1)), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(bus.putEventsCalls()).isZero();
    }

    @Test
    void a_refused_entry_reports_its_record_and_every_later_one_and_the_retry_completes_the_stream() {
        DynamodbStreamRecord[] records = IntStream.rangeClosed(1, 5).mapToObj(StreamRecords::announcement)
                .toArray(DynamodbStreamRecord[]::new);
        // The bus throttles the third entry once; as EventBridge does, it still takes the fourth and fifth.
        bus.refuse(entry -> entry.detail().contains("\"sequence\":3,"), 1, new EntryError("ThrottlingException", "Rate exceeded."));

        StreamsEventResponse first = handler.handleRequest(event(records), null);

        assertThat(identifiers(first)).containsExactly(sequenceNumber(records[2]), sequenceNumber(records[3]), sequenceNumber(records[4]));
        assertThat(sequences()).containsExactly(1, 2, 4, 5);

        // Lambda delivers again from the lowest reported sequence number.
        StreamsEventResponse retry = handler.handleRequest(event(records[2], records[3], records[4]), null);

        assertThat(retry.getBatchItemFailures()).isEmpty();
        assertThat(sequences()).containsExactly(1, 2, 4, 5, 3, 4, 5);
        assertThat(arrived.stream().map(e -> e.detail().get("eventId").asText()).distinct())
                .as("what consumers keep after deduplicating on eventId").hasSize(5);
    }

    @Test
    void an_entry_too_large_for_eventbridge_fails_its_call_and_nothing_after_it_is_published() {
        DynamodbStreamRecord big = announcement(2, Map.of("text", s("x".repeat(300 * 1024))));
        DynamodbStreamRecord[] records = {announcement(1), big, announcement(3)};

        StreamsEventResponse response = handler.handleRequest(event(records), null);

        assertThat(identifiers(response)).containsExactly(sequenceNumber(big), sequenceNumber(records[2]));
        assertThat(sequences()).containsExactly(1);
        assertThat(bus.putEventsCalls()).isEqualTo(2);
    }

    @Test
    void a_malformed_announcement_fails_from_its_record_after_the_earlier_ones_are_published() {
        Map<String, AttributeValue> noDetail = new HashMap<>(announcementItem(2, Map.of()));
        noDetail.remove("detail");
        DynamodbStreamRecord malformed = insert(noDetail);

        StreamsEventResponse response = handler.handleRequest(event(announcement(1), malformed, announcement(3)), null);

        assertThat(identifiers(response)).first().isEqualTo(sequenceNumber(malformed));
        assertThat(identifiers(response)).hasSize(2);
        assertThat(sequences()).containsExactly(1);
    }

    @Test
    void when_the_bus_cannot_be_reached_every_record_is_reported() throws IOException {
        try (ApplicationContext unreachable = relayContext("http://127.0.0.1:" + closedPort())) {
            AnnouncementRelayHandler cutOff = new AnnouncementRelayHandler(unreachable);
            DynamodbStreamRecord[] records = {announcement(1), announcement(2)};

            StreamsEventResponse response = cutOff.handleRequest(event(records), null);

            assertThat(identifiers(response)).containsExactly(sequenceNumber(records[0]), sequenceNumber(records[1]));
        }
    }

    private ApplicationContext relayContext(String eventBridgeEndpoint) {
        Map<String, Object> properties = new HashMap<>(desk.functionProperties("AnnouncementRelayFunction"));
        properties.put("desk.eventbridge.endpoint", eventBridgeEndpoint);
        return ApplicationContext.builder().properties(properties).start();
    }

    private List<Integer> sequences() {
        return arrived.stream().map(e -> e.detail().get("sequence").asInt()).toList();
    }

    private static List<String> identifiers(StreamsEventResponse response) {
        return response.getBatchItemFailures().stream().map(BatchItemFailure::getItemIdentifier).toList();
    }

    private static String sequenceNumber(DynamodbStreamRecord record) {
        return record.getDynamodb().getSequenceNumber();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
