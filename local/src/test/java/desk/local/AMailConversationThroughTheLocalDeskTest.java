package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.SamTemplate;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * The issue's promise for email, on the real template with the demo data, as {@code ./desk run
 * --seed} runs it: a mail sent to the local SMTP port becomes a ticket with its deadline (and an
 * acknowledgement marked automatic); an agent's reply through the API arrives in the customer's
 * mailbox threaded to the customer's mail; the customer's answer to it joins the same ticket; an
 * out-of-office reply opens nothing, stamps nothing, reopens nothing and is never answered.
 */
class AMailConversationThroughTheLocalDeskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CUSTOMER = "ana@customer.example";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    private static LocalFiles files;
    private static DeskServer server;

    @BeforeAll
    static void start() throws IOException {
        files = new LocalFiles(dir.resolve(".local"));
        server = DeskServer.start(SamTemplate.locate(), new DatabaseOptions(freePort(), true, null), files, freePort(), MailOptions.freePorts(),
                true, 1, Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_mail_becomes_a_ticket_the_reply_is_mailed_threaded_and_the_answer_joins_the_ticket_but_an_auto_reply_adds_nothing()
            throws Exception {
        // 1. A customer of demo-enterprise (its mail domain) writes to support.
        smtp("""
                From: Ana <ana@customer.example>
                To: support@desk.example
                Subject: Net prices in the export
                Message-ID: <first-question@customer.example>
                Date: Tue, 01 Dec 2026 10:00:00 +0100

                Which setting exports net prices?
                """);
        String customer = token("customer", "demo-enterprise", "demo-customer-demo-enterprise");
        JsonNode ticket = eventually("the mail's ticket", () -> tickets(customer).stream()
                .filter(t -> t.path("subject").asText().equals("Net prices in the export")).findFirst());
        String ticketId = ticket.path("id").asText();
        JsonNode opened = get("/tickets/" + ticketId, customer);
        assertThat(opened.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(opened.at("/firstResponse/dueAt").asText()).as(opened.toString()).isNotBlank();

        MimeMessage acknowledgement = eventually("the acknowledgement", () -> mailTo(CUSTOMER).stream().findFirst());
        assertThat(acknowledgement.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");

        // 2. An agent replies through the API: the reply reaches the mailbox, threaded to the customer's mail.
        String agent = token("agent", null, "agent-lucia");
        HttpResponse<String> replied = post("/tickets/" + ticketId + "/messages", agent, "reply-1",
                "{\"body\":\"Settings > Export > Prices: choose net.\"}");
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(201);
        MimeMessage reply = eventually("the agent's reply by mail", () -> mailTo(CUSTOMER).stream()
                .filter(m -> body(m).contains("choose net")).findFirst());
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo("<first-question@customer.example>");
        // References list the thread oldest first: the customer's mail, then our acknowledgement stamped at its receipt.
        assertThat(reply.getHeader("References", null)).startsWith("<first-question@customer.example>")
                .contains(acknowledgement.getMessageID());
        assertThat(reply.getHeader("Auto-Submitted", null)).isNull();
        String replyTo = reply.getHeader("Reply-To", null);
        assertThat(replyTo).matches(".*support\\+[a-z2-7]{26}-[a-z2-7]{16}@desk\\.example.*");
        String ourMessageId = reply.getMessageID();
        assertThat(ourMessageId).endsWith("@desk.example>");

        // 3. The customer answers that mail: a message on the same ticket, without the quoted history.
        smtp("""
                From: Ana <ana@customer.example>
                To: %s
                Subject: Re: %s
                Message-ID: <thanks@customer.example>
                In-Reply-To: %s
                References: <first-question@customer.example> %s

                Thanks, that works.

                On Tue, 1 Dec 2026 at 11:00, Support <support@desk.example> wrote:
                > Settings > Export > Prices: choose net.
                """.formatted(address(replyTo), reply.getSubject(), ourMessageId, ourMessageId));
        JsonNode answer = eventually("the customer's answer on the ticket", () -> messages(ticketId, customer).stream()
                .filter(m -> m.path("body").asText().startsWith("Thanks, that works.")).findFirst());
        assertThat(answer.path("body").asText()).doesNotContain("choose net");
        assertThat(tickets(customer)).filteredOn(t -> t.path("subject").asText().contains("Net prices")).hasSize(1);

        // 4. An out-of-office reply to our mail: recorded on the ticket as automatic, and nothing else.
        String statusBefore = get("/tickets/" + ticketId, customer).path("status").asText();
        int mailsBefore = mailTo(CUSTOMER).size();
        smtp("""
                From: Ana <ana@customer.example>
                To: %s
                Subject: Automatic reply: %s
                Message-ID: <ooo@customer.example>
                In-Reply-To: %s
                Auto-Submitted: auto-replied
                X-Auto-Response-Suppress: All

                I am out of the office until Monday.
                """.formatted(address(replyTo), reply.getSubject(), ourMessageId));
        JsonNode automatic = eventually("the auto-reply recorded on the ticket", () -> messages(ticketId, agent).stream()
                .filter(m -> m.path("body").asText().contains("out of the office")).findFirst());
        assertThat(automatic.path("automatic").asBoolean()).as(automatic.toString()).isTrue();
        assertThat(get("/tickets/" + ticketId, customer).path("status").asText()).isEqualTo(statusBefore);
        assertThat(tickets(customer)).filteredOn(t -> t.path("subject").asText().contains("office")).isEmpty();
        // Whatever the mailer would send for it would have been announced by now; give the relay a moment more.
        Thread.sleep(3000);
        assertThat(mailTo(CUSTOMER)).hasSize(mailsBefore);
    }

    private static void smtp(String message) {
        String crlf = message.replace("\n", "\r\n");
        String recipient = crlf.lines().filter(line -> line.startsWith("To: ")).findFirst().orElseThrow().substring(4).trim();
        SmtpSubmission.send(server.mail().smtpPort(), new SmtpSubmission.Envelope(CUSTOMER, List.of(address(recipient))),
                crlf.getBytes(StandardCharsets.UTF_8));
    }

    private static String address(String header) {
        int open = header.indexOf('<');
        return open < 0 ? header.trim() : header.substring(open + 1, header.indexOf('>', open));
    }

    private static List<MimeMessage> mailTo(String recipient) {
        Path folder = files.mail().resolve(recipient);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> eml = Files.list(folder)) {
            List<MimeMessage> messages = new ArrayList<>();
            for (Path file : eml.sorted().toList()) {
                messages.add(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(Files.readAllBytes(file))));
            }
            return messages;
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        } catch (IOException | jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static <T> T eventually(String what, java.util.function.Supplier<Optional<T>> probe) throws InterruptedException {
        List<T> found = new ArrayList<>();
        boolean seen = Eventually.within(PATIENCE, () -> probe.get().map(found::add).orElse(false));
        assertThat(seen).as("%s within %s", what, PATIENCE).isTrue();
        return found.getFirst();
    }

    private static List<JsonNode> tickets(String token) {
        return list(get("/tickets?limit=100", token).path("tickets"));
    }

    private static List<JsonNode> messages(String ticketId, String token) {
        return list(get("/tickets/" + ticketId + "/messages", token).path("messages"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode get(String path, String token) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve(path))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String path, String token, String key, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String role, String account, String subject) {
        return server.runtime().tokens().issue(new TokenRequest(role, account, null, subject, Duration.ofMinutes(10)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
