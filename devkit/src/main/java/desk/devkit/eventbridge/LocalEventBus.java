package desk.devkit.eventbridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * EventBridge's {@code PutEvents} on 127.0.0.1, spoken as the AWS SDK speaks it (AWS JSON 1.1:
 * {@code POST /}, {@code X-Amz-Target: AWSEvents.PutEvents}), with EventBridge's refusals (see
 * {@link PutEventsRules}). Each accepted entry becomes an envelope handed to the listener. Point a
 * client at {@link #endpoint()} with {@code endpointOverride}; requests are served one at a time,
 * so the listener sees events in the order they were put.
 */
public final class LocalEventBus implements AutoCloseable {

    static final String TARGET = "AWSEvents.PutEvents";
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final PutEventsRules rules;
    private final BusEventListener listener;
    private final Clock clock;
    private int calls;
    private Predicate<PutEventsEntry> faultyEntries = entry -> false;
    private int faultsLeft;
    private EntryError fault;

    private LocalEventBus(HttpServer server, ExecutorService executor, Set<String> buses, BusEventListener listener, Clock clock) {
        this.server = server;
        this.executor = executor;
        this.rules = new PutEventsRules(Set.copyOf(buses));
        this.listener = listener;
        this.clock = clock;
    }

    /**
     * Listens on a free loopback port.
     *
     * @param buses the custom buses that exist (entries naming another one are refused); {@code default} always exists
     */
    public static LocalEventBus start(Set<String> buses, BusEventListener listener) {
        return start(buses, listener, Clock.systemUTC());
    }

    /** @param clock the time of entries that carry none */
    public static LocalEventBus start(Set<String> buses, BusEventListener listener, Clock clock) {
        ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("local-eventbridge").daemon(true).factory());
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalEventBus bus = new LocalEventBus(server, executor, buses, listener, clock);
            server.createContext("/", bus::serve);
            server.setExecutor(executor);
            server.start();
            return bus;
        } catch (IOException e) {
            executor.close();
            throw new UncheckedIOException("Cannot listen on 127.0.0.1 for the local EventBridge", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Fault injection for tests of retries: the next {@code times} entries matching {@code which}
     * that would be accepted are refused with {@code error} instead (e.g. {@code ThrottlingException},
     * which EventBridge returns per entry under load).
     */
    public synchronized void refuse(Predicate<PutEventsEntry> which, int times, EntryError error) {
        this.faultyEntries = which;
        this.faultsLeft = times;
        this.fault = error;
    }

    /** How many {@code PutEvents} requests reached the bus, refused ones included. */
    public synchronized int putEventsCalls() {
        return calls;
    }

    private synchronized void called() {
        calls++;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!"POST".equals(exchange.getRequestMethod()) || !TARGET.equals(target)
                    || contentType == null || !contentType.startsWith(CONTENT_TYPE)) {
                error(exchange, "UnknownOperationException", "Only POST / with X-Amz-Target " + TARGET + " and Content-Type "
                        + CONTENT_TYPE + " is served here (got " + exchange.getRequestMethod() + ", " + target + ", " + contentType + ")");
                return;
            }
            called();
            List<PutEventsEntry> entries;
            try (InputStream body = exchange.getRequestBody()) {
                entries = entries(JSON.readTree(body));
            } catch (IOException | IllegalArgumentException e) {
                error(exchange, "SerializationException", "Cannot read the request: " + e.getMessage());
                return;
            }
            Optional<String> refused = rules.refuseRequest(entries);
            if (refused.isPresent()) {
                error(exchange, "ValidationException", refused.get());
                return;
            }
            respond(exchange, 200, putEvents(entries));
        }
    }

    private synchronized ObjectNode putEvents(List<PutEventsEntry> entries) {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode results = response.putArray("Entries");
        int failed = 0;
        for (PutEventsEntry entry : entries) {
            Optional<EntryError> error = rules.refuseEntry(entry).or(() -> injectedFault(entry));
            ObjectNode result = results.addObject();
            if (error.isPresent()) {
                failed++;
                result.put("ErrorCode", error.get().code()).put("ErrorMessage", error.get().message());
                continue;
            }
            BusEvent event = new BusEvent(PutEventsRules.busName(entry.eventBusName()), UUID.randomUUID().toString(),
                    entry.source(), entry.detailType(), entry.time() == null ? clock.instant() : entry.time(),
                    entry.resources(), PutEventsRules.detailObject(entry.detail()).orElseThrow());
            try {
                listener.published(event);
            } catch (RuntimeException e) { // e.g. the events file cannot be written: retryable, as in EventBridge
                failed++;
                result.put("ErrorCode", "InternalFailure").put("ErrorMessage", "Not delivered: " + e.getMessage());
                continue;
            }
            result.put("EventId", event.id());
        }
        response.put("FailedEntryCount", failed);
        return response;
    }

    private Optional<EntryError> injectedFault(PutEventsEntry entry) {
        if (faultsLeft <= 0 || !faultyEntries.test(entry)) {
            return Optional.empty();
        }
        faultsLeft--;
        return Optional.of(fault);
    }

    private static List<PutEventsEntry> entries(JsonNode request) {
        if (request == null || !request.path("Entries").isArray()) {
            throw new IllegalArgumentException("no Entries array");
        }
        List<PutEventsEntry> entries = new ArrayList<>();
        for (JsonNode entry : request.get("Entries")) {
            List<String> resources = new ArrayList<>();
            entry.path("Resources").forEach(r -> resources.add(r.asText()));
            entries.add(new PutEventsEntry(text(entry, "Source"), text(entry, "DetailType"), text(entry, "Detail"),
                    time(entry.get("Time")), text(entry, "EventBusName"), resources));
        }
        return entries;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The SDK sends timestamps in epoch seconds, with a fraction for milliseconds. */
    private static Instant time(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            BigDecimal seconds = value.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(value.asText());
    }

    private static void error(HttpExchange exchange, String type, String message) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        respond(exchange, 400, JSON.createObjectNode().put("__type", type).put("message", message));
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
