package desk.devkit.ses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SES v2's {@code SendEmail} with raw content on 127.0.0.1, spoken as the AWS SDK speaks it
 * (REST-JSON: {@code POST /v2/email/outbound-emails}, {@code {"Content":{"Raw":{"Data":<base64>}},
 * "Destination":{...},"FromEmailAddress":...}}, answered {@code 200 {"MessageId":...}}), with the
 * refusals SES gives: a body that is not JSON, no raw content, content that is not base64, no
 * sender or no recipient, more than 50 recipients or a message over 40 MB are 400
 * {@code BadRequestException} (an error type in {@code x-amzn-ErrorType}, a {@code message} in the
 * body); any other path is 404 {@code NotFoundException}. Simple and template content are refused
 * too: the desk sends raw MIME only. Requests are served one at a time, so the listener sees
 * messages in the order they were sent.
 */
public final class LocalSes implements AutoCloseable {

    static final String SEND_EMAIL_PATH = "/v2/email/outbound-emails";
    static final int MAX_RECIPIENTS = 50;
    static final long MAX_MESSAGE_BYTES = 40L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ANGLED = Pattern.compile("<([^<>@\\s]+@[^<>\\s]+)>");
    private static final Pattern BARE = Pattern.compile("([^\\s<>,;:\"()]+@[^\\s<>,;:\"()]+)");

    private final HttpServer server;
    private final ExecutorService executor;
    private final SentMailListener listener;
    private int calls;
    private int faultsLeft;
    private SesError fault;

    private LocalSes(HttpServer server, ExecutorService executor, SentMailListener listener) {
        this.server = server;
        this.executor = executor;
        this.listener = listener;
    }

    /** Listens on a free loopback port. */
    public static LocalSes start(SentMailListener listener) {
        return start(0, listener);
    }

    /** Listens on {@code port} of the loopback interface (0: a free one). */
    public static LocalSes start(int port, SentMailListener listener) {
        ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("local-ses").daemon(true).factory());
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            LocalSes ses = new LocalSes(server, executor, listener);
            server.createContext("/", ses::serve);
            server.setExecutor(executor);
            server.start();
            return ses;
        } catch (IOException e) {
            executor.close();
            throw new UncheckedIOException("Cannot listen on 127.0.0.1 for the local SES", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Fault injection for tests of retries: the next {@code times} sends that would be accepted are refused with {@code error}. */
    public synchronized void refuse(int times, SesError error) {
        this.faultsLeft = times;
        this.fault = error;
    }

    /** How many {@code SendEmail} requests reached this endpoint, refused ones included. */
    public synchronized int sendEmailCalls() {
        return calls;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !SEND_EMAIL_PATH.equals(exchange.getRequestURI().getPath())) {
                error(exchange, new SesError(404, "NotFoundException", "Only POST " + SEND_EMAIL_PATH + " (SendEmail) is served here, not "
                        + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Result result = send(body);
            if (result.error().isPresent()) {
                error(exchange, result.error().get());
                return;
            }
            respond(exchange, 200, JSON.createObjectNode().put("MessageId", result.mail().orElseThrow().sesMessageId()));
        }
    }

    private record Result(Optional<SentMail> mail, Optional<SesError> error) {
        static Result refused(String message) {
            return new Result(Optional.empty(), Optional.of(new SesError(400, "BadRequestException", message)));
        }
    }

    private synchronized Result send(byte[] body) {
        calls++;
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            return Result.refused("The request body is not JSON: " + e.getMessage());
        }
        if (request == null || !request.isObject()) {
            return Result.refused("The request body must be a JSON object with Content");
        }
        JsonNode content = request.path("Content");
        if (content.has("Simple") || content.has("Template")) {
            return Result.refused("Only Content.Raw is served locally; the desk sends raw MIME");
        }
        JsonNode data = content.path("Raw").path("Data");
        if (!data.isTextual() || data.asText().isEmpty()) {
            return Result.refused("Content.Raw.Data is required");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(data.asText());
        } catch (IllegalArgumentException e) {
            return Result.refused("Content.Raw.Data is not base64: " + e.getMessage());
        }
        if (raw.length > MAX_MESSAGE_BYTES) {
            return Result.refused("Message length is more than " + MAX_MESSAGE_BYTES + " bytes");
        }
        List<String> headers = headers(raw);
        List<String> recipients = recipients(request.path("Destination"));
        if (recipients.isEmpty()) {
            recipients = addresses(headers, "to", "cc", "bcc");
        }
        if (recipients.isEmpty()) {
            return Result.refused("Missing final '@domain': the message has no recipient (Destination, To, Cc or Bcc)");
        }
        if (recipients.size() > MAX_RECIPIENTS) {
            return Result.refused("Recipient count exceeds " + MAX_RECIPIENTS);
        }
        String from = request.path("FromEmailAddress").asText("");
        if (from.isEmpty()) {
            from = addresses(headers, "from").stream().findFirst().orElse("");
        }
        if (from.isEmpty()) {
            return Result.refused("Missing required header 'From'");
        }
        if (faultsLeft > 0) {
            faultsLeft--;
            return new Result(Optional.empty(), Optional.of(fault));
        }
        // SES ids look like this: an opaque token, unrelated to the message's own Message-ID header.
        SentMail mail = new SentMail("0100" + UUID.randomUUID().toString().replace("-", "") + "-000000", from, recipients, raw);
        try {
            listener.sent(mail);
        } catch (RuntimeException e) { // e.g. the local mailbox cannot be written: SES failed, retryable
            return new Result(Optional.empty(), Optional.of(new SesError(500, "InternalFailure", "Not delivered: " + e.getMessage())));
        }
        return new Result(Optional.of(mail), Optional.empty());
    }

    private static List<String> recipients(JsonNode destination) {
        List<String> recipients = new ArrayList<>();
        for (String field : List.of("ToAddresses", "CcAddresses", "BccAddresses")) {
            destination.path(field).forEach(address -> recipients.add(address.asText()));
        }
        return recipients;
    }

    /** The header section, unfolded, one header a line. */
    private static List<String> headers(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            end = text.indexOf("\n\n");
        }
        String section = end < 0 ? text : text.substring(0, end);
        List<String> headers = new ArrayList<>();
        for (String line : section.split("\r?\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
                headers.set(headers.size() - 1, headers.getLast() + " " + line.strip());
            } else {
                headers.add(line);
            }
        }
        return headers;
    }

    private static List<String> addresses(List<String> headers, String... names) {
        LinkedHashSet<String> found = new LinkedHashSet<>();
        for (String header : headers) {
            int colon = header.indexOf(':');
            if (colon <= 0 || !List.of(names).contains(header.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String value = header.substring(colon + 1);
            Matcher angled = ANGLED.matcher(value);
            boolean any = false;
            while (angled.find()) {
                found.add(angled.group(1));
                any = true;
            }
            if (!any) {
                Matcher bare = BARE.matcher(value);
                while (bare.find()) {
                    found.add(bare.group(1));
                }
            }
        }
        return List.copyOf(found);
    }

    private static void error(HttpExchange exchange, SesError error) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-ErrorType", error.type());
        respond(exchange, error.status(), JSON.createObjectNode().put("message", error.message()));
    }

    private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
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
