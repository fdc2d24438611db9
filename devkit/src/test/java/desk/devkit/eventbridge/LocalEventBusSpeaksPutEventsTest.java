package desk.devkit.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.LocalAws;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** The local bus driven by the real SDK client, as the relay drives it. */
class LocalEventBusSpeaksPutEventsTest {

    private final List<BusEvent> published = new CopyOnWriteArrayList<>();
    private LocalEventBus bus;
    private EventBridgeClient client;

    @BeforeEach
    void start() {
        bus = LocalEventBus.start(Set.of("DeskEventBus"), published::add);
        client = EventBridgeClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(bus.endpoint())
                .region(LocalAws.REGION)
                .credentialsProvider(LocalAws.CREDENTIALS)
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        bus.close();
    }

    @Test
    void an_accepted_entry_becomes_an_eventbridge_envelope_with_its_detail_as_an_object() throws Exception {
        PutEventsResponse response = client.putEvents(r -> r.entries(entry("desk.tickets", "Ticket Received",
                "{\"ticketId\":\"T-1\",\"sequence\":1,\"urgent\":true}")));

        assertThat(response.failedEntryCount()).isZero();
        assertThat(published).hasSize(1);
        BusEvent event = published.getFirst();
        assertThat(response.entries().getFirst().eventId()).isEqualTo(event.id());
        assertThat(event.bus()).isEqualTo("DeskEventBus");
        assertThat(new ObjectMapper().readTree(event.envelopeJson())).isEqualTo(new ObjectMapper().readTree("""
                {"version":"0","id":"%s","detail-type":"Ticket Received","source":"desk.tickets",
                 "account":"123456789012","time":"2026-11-27T16:30:00Z","region":"eu-south-2","resources":[],
                 "detail":{"ticketId":"T-1","sequence":1,"urgent":true}}""".formatted(event.id())));
    }

    @Test
    void entries_that_eventbridge_refuses_fail_one_by_one_and_the_others_are_published() {
        PutEventsResponse response = client.putEvents(r -> r.entries(
                entry("desk.tickets", "Ticket Received", "{\"n\":1}"),
                entry("desk.tickets", "Ticket Received", "{not json"),
                entry("desk.tickets", "Ticket Received", "[1,2]"),
                entry("aws.tickets", "Ticket Received", "{}"),
                entry("desk.tickets", null, "{}"),
                PutEventsRequestEntry.builder().source("desk.tickets").detailType("Ticket Received").detail("{}")
                        .eventBusName("NoSuchBus").build(),
                entry("desk.tickets", "Ticket Received", "{\"n\":2}")));

        assertThat(response.failedEntryCount()).isEqualTo(5);
        assertThat(response.entries()).extracting(PutEventsResultEntry::errorCode).containsExactly(
                null, "MalformedDetail", "MalformedDetail", "NotAuthorizedForSourceException", "InvalidArgument",
                "ResourceNotFoundException", null);
        assertThat(published).extracting(e -> e.detail().get("n").asInt()).containsExactly(1, 2);
    }

    @Test
    void more_than_ten_entries_or_over_256_kb_refuse_the_whole_request() {
        List<PutEventsRequestEntry> eleven = IntStream.range(0, 11).mapToObj(i -> entry("desk.tickets", "T", "{}")).toList();
        String big = "{\"text\":\"" + "x".repeat(200 * 1024) + "\"}";

        assertThatThrownBy(() -> client.putEvents(r -> r.entries(eleven)))
                .isInstanceOfSatisfying(EventBridgeException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                });
        assertThatThrownBy(() -> client.putEvents(r -> r.entries(entry("desk.tickets", "T", big), entry("desk.tickets", "T", big))))
                .isInstanceOfSatisfying(EventBridgeException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage()).contains("over the limit"));
        assertThat(published).isEmpty();
    }

    @Test
    void injected_faults_refuse_the_chosen_entries_as_often_as_asked() {
        bus.refuse(entry -> entry.detail().contains("\"n\":1"), 1, new EntryError("ThrottlingException", "Rate exceeded."));

        PutEventsResponse first = client.putEvents(r -> r.entries(entry("desk.tickets", "T", "{\"n\":2}"), entry("desk.tickets", "T", "{\"n\":1}")));
        PutEventsResponse second = client.putEvents(r -> r.entries(entry("desk.tickets", "T", "{\"n\":1}")));

        assertThat(first.entries()).extracting(PutEventsResultEntry::errorCode).containsExactly(null, "ThrottlingException");
        assertThat(second.failedEntryCount()).isZero();
        assertThat(published).extracting(e -> e.detail().get("n").asInt()).containsExactly(2, 1);
    }

    @Test
    void other_operations_and_plain_http_are_refused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(bus.endpoint() + "/"))
                .header("X-Amz-Target", "AWSEvents.PutRule").header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("UnknownOperationException");
    }

    private static PutEventsRequestEntry entry(String source, String detailType, String detail) {
        return PutEventsRequestEntry.builder()
                .source(source).detailType(detailType).detail(detail)
                .time(Instant.parse("2026-11-27T16:30:00.250Z"))
                .eventBusName("DeskEventBus")
                .build();
    }
}
