package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import desk.devkit.SamTemplate;
import desk.local.fixture.S3RecorderHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * {@code desk run}'s mail, on real servers on loopback: mail sent over SMTP to an address the
 * template's receipt rule receives is stored in the rule's bucket under its prefix, byte for byte
 * after the headers SES puts first, and S3 announces it to the function; mail to any other address
 * lands in the local mailbox, readable over IMAP and as a file, as does mail the functions send
 * through the local SES (to our own address it comes back in); {@code ./desk mail send} sends a
 * file and says clearly when no desk runs. Every port the desk opens listens on 127.0.0.1 only.
 */
class TheLocalDeskTakesMailAsTheCloudDoesTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    static Path dir;
    private static LocalFiles files;
    private static DeskServer server;

    @BeforeAll
    static void start() {
        SamTemplate template = FixtureTemplate.in(dir, "mail-fixture-template.yaml");
        files = new LocalFiles(dir.resolve(".local"));
        server = DeskServer.start(template, new DatabaseOptions(0, true, null), files, 0, MailOptions.freePorts(), false, 600,
                Clock.systemUTC(), QUIET);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        S3RecorderHandler.reset();
    }

    @Test
    void mail_to_the_support_address_is_stored_as_ses_stores_it_and_announced_to_the_function() throws Exception {
        String message = "From: Ana <ana@customer.example>\r\nTo: support@desk.test\r\nSubject: Net prices\r\n"
                + "Message-ID: <m1@customer.example>\r\n\r\nWhich setting exports net prices?\r\n.a line starting with a dot\r\n";

        String answer = SmtpSubmission.send(server.mail().smtpPort(),
                new SmtpSubmission.Envelope("ana@customer.example", List.of("support@desk.test")), bytes(message));

        assertThat(answer).startsWith("250");
        assertThat(Eventually.within(Duration.ofSeconds(30), () -> !S3RecorderHandler.DELIVERIES.isEmpty())).isTrue();
        S3RecorderHandler.Delivery delivery = S3RecorderHandler.DELIVERIES.getFirst();
        assertThat(delivery.decodedKey()).matches("inbound/[a-z0-9]{40}");
        String sesId = delivery.decodedKey().substring("inbound/".length());
        assertThat(delivery.content()).matches("(?s)Return-Path: <ana@customer\\.example>\r\n"
                + "Received: from localhost \\(localhost \\[127\\.0\\.0\\.1]\\)\r\n"
                + " by inbound-smtp\\.desk\\.local with SMTP id " + sesId + "\r\n"
                + " for support@desk\\.test;\r\n"
                + " [A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000 \\(UTC\\)\r\n"
                + "X-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\n.*");
        assertThat(delivery.content()).endsWith(message);
        assertThat(mailboxFiles()).noneMatch(file -> file.toString().contains("support@desk.test"));
    }

    @Test
    void mail_to_another_address_lands_in_the_local_mailbox_readable_over_imap_and_as_a_file() throws Exception {
        Path eml = dir.resolve("reply.eml");
        Files.writeString(eml, "From: support@desk.test\nTo: Bea <bea@customer.example>\nSubject: Re: Labels\n\nFixed.\n");

        int status = new DeskLauncher(QUIET, QUIET, Clock.systemUTC())
                .run(List.of("mail", "send", eml.toString(), "--smtp-port", Integer.toString(server.mail().smtpPort())));

        assertThat(status).isZero();
        assertThat(Eventually.within(Duration.ofSeconds(10), () -> !filesOf("bea@customer.example").isEmpty())).isTrue();
        String filed = Files.readString(filesOf("bea@customer.example").getFirst());
        assertThat(filed).startsWith("Return-Path: <support@desk.test>\r\nReceived: from localhost ([127.0.0.1])\r\n by mail.desk.local")
                .endsWith("From: support@desk.test\r\nTo: Bea <bea@customer.example>\r\nSubject: Re: Labels\r\n\r\nFixed.\r\n");
        assertThat(imapInbox("bea@customer.example")).containsExactly(Map.entry("Re: Labels", "Fixed."));
        assertThat(S3RecorderHandler.ATTEMPTS).isEmpty();
    }

    @Test
    void mail_to_support_with_a_customer_in_copy_takes_both_paths() throws Exception {
        String message = "From: carl@customer.example\r\nTo: support@desk.test\r\nCc: dora@customer.example\r\n"
                + "Subject: Both\r\n\r\nBoth ways.\r\n";

        SmtpSubmission.send(server.mail().smtpPort(), SmtpSubmission.envelopeOf(bytes(message)), bytes(message));

        assertThat(Eventually.within(Duration.ofSeconds(30), () -> !S3RecorderHandler.DELIVERIES.isEmpty())).isTrue();
        assertThat(imapInbox("dora@customer.example")).containsExactly(Map.entry("Both", "Both ways."));
        Thread.sleep(500); // room for a wrong second object to show up
        assertThat(S3RecorderHandler.DELIVERIES).hasSize(1);
    }

    @Test
    void mail_the_functions_send_through_the_local_ses_lands_in_the_mailbox_and_our_own_address_takes_it_in() throws Exception {
        String message = "From: support@desk.test\r\nTo: eva@customer.example\r\nCc: support@desk.test\r\n"
                + "Subject: Re: Exports\r\nMessage-ID: <reply-1@desk.test>\r\n\r\nSet Export > Prices to NET.\r\n";

        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        server.runtime().ses().endpoint().resolve("/v2/email/outbound-emails"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"FromEmailAddress\":\"support@desk.test\",\"Destination\":{\"ToAddresses\":"
                        + "[\"eva@customer.example\",\"support@desk.test\"]},\"Content\":{\"Raw\":{\"Data\":\""
                        + Base64.getEncoder().encodeToString(bytes(message)) + "\"}}}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(imapInbox("eva@customer.example")).containsExactly(Map.entry("Re: Exports", "Set Export > Prices to NET."));
        assertThat(Files.readString(filesOf("eva@customer.example").getFirst())).endsWith(message);
        assertThat(Eventually.within(Duration.ofSeconds(30), () -> !S3RecorderHandler.DELIVERIES.isEmpty())).isTrue();
        assertThat(S3RecorderHandler.DELIVERIES.getFirst().content()).startsWith("Return-Path: <support@desk.test>").endsWith(message);
    }

    @Test
    void mail_send_without_a_running_desk_says_so() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path eml = dir.resolve("nowhere.eml");

        int status;
        try {
            Files.writeString(eml, "From: a@b.example\nTo: c@d.example\nSubject: x\n\nx\n");
            status = new DeskLauncher(QUIET, new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC())
                    .run(List.of("mail", "send", eml.toString(), "--smtp-port", "1"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No desk is running: nothing listens for SMTP on 127.0.0.1:1");
    }

    @Test
    void every_port_the_desk_opens_listens_on_loopback_only() throws Exception {
        List<Integer> ports = List.of(server.baseUrl().getPort(), server.runtime().database().endpoint().getPort(),
                server.runtime().eventBus().endpoint().getPort(), server.runtime().s3().orElseThrow().endpoint().getPort(),
                server.mail().smtpPort(), server.mail().imapPort());

        for (int port : ports) {
            List<String> addresses = listeningAddresses(port);
            assertThat(addresses).as("listening sockets on port %d", port).isNotEmpty()
                    .allMatch(TheLocalDeskTakesMailAsTheCloudDoesTest::loopback, "loopback");
        }
    }

    /** The local addresses of the sockets listening on the port, as the kernel lists them (hex, as in /proc/net/tcp*). */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (fields[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(local[0]);
                }
            }
        }
        return addresses;
    }

    /** 127.x.x.x (IPv4, bytes in host order), ::1, or ::ffff:127.x.x.x. */
    private static boolean loopback(String hex) {
        String address = hex.toUpperCase(Locale.ROOT);
        if (address.length() == 8) {
            return address.endsWith("7F");
        }
        return address.equals("00000000000000000000000001000000")
                || (address.startsWith("0000000000000000FFFF0000") && address.endsWith("7F"));
    }

    private static List<Map.Entry<String, String>> imapInbox(String address) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", Integer.toString(server.mail().imapPort()));
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(address, "any password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Map.Entry<String, String>> messages = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                messages.add(Map.entry(message.getSubject(), String.valueOf(message.getContent()).strip()));
            }
            inbox.close(false);
            return messages;
        } finally {
            store.close();
        }
    }

    private static List<Path> filesOf(String recipient) {
        Path folder = files.mail().resolve(recipient);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> mailboxFiles() throws IOException {
        if (!Files.isDirectory(files.mail())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(files.mail())) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
