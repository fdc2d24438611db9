package desk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import desk.devkit.ses.SentMail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail on 127.0.0.1 (GreenMail): an SMTP server any client can send to, and an IMAP server for
 * the local mailbox. A message for an address the template's receipt rules receive takes the
 * cloud's path ({@link InboundMail}: stored in the bucket, announced by S3 to the function); a
 * message for any other address lands in the local {@link Mailbox}. Mail the desk sends (through
 * the local SES) is delivered the same way by {@link #deliverSent}. A message that cannot be
 * stored is refused with SMTP's 451, so the sender keeps it: nothing accepted is lost.
 */
final class LocalMailServer implements AutoCloseable {

    static final String LOCAL_HOST = "mail.desk.local";
    static final String SENDING_HOST = "smtp-out.desk.local";

    /** GreenMail puts these two lines first; they are replaced by the receiver's own. */
    private static final Pattern GREENMAIL_RECEIVED = Pattern.compile("^Received: from (\\S+) \\(HELO ([^)]*)\\);");

    private final GreenMail greenMail;
    private final InboundMail inbound;
    private final Mailbox mailbox;
    private final Clock clock;
    private final PrintStream log;
    /** Messages already given to SES's receiving: GreenMail delivers a message once per recipient. */
    private final Set<MovingMessage> received = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private LocalMailServer(GreenMail greenMail, InboundMail inbound, Mailbox mailbox, Clock clock, PrintStream log) {
        this.greenMail = greenMail;
        this.inbound = inbound;
        this.mailbox = mailbox;
        this.clock = clock;
        this.log = log;
    }

    /** @param smtpPort, imapPort 0 for free ports */
    static LocalMailServer start(int smtpPort, int imapPort, InboundMail inbound, java.nio.file.Path mailDirectory, Clock clock,
                                 PrintStream log) {
        for (int port : List.of(smtpPort, imapPort)) {
            if (port != 0 && LocalS3.isListening(port)) {
                throw new UsageException("Port " + port + " is already in use (another desk run?): choose another with --"
                        + (port == smtpPort ? "smtp" : "imap") + "-port");
            }
        }
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                setup(smtpPort, ServerSetup.PROTOCOL_SMTP), setup(imapPort, ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        try {
            Mailbox mailbox = new Mailbox(mailDirectory, Optional.of(greenMail.getUserManager()), clock, log);
            LocalMailServer server = new LocalMailServer(greenMail, inbound, mailbox, clock, log);
            greenMail.getUserManager().setMessageDeliveryHandler(server::delivered);
            int reloaded = mailbox.reload();
            if (reloaded > 0) {
                log.printf("Local mailbox: %d message%s from %s%n", reloaded, reloaded == 1 ? "" : "s", mailDirectory);
            }
            return server;
        } catch (RuntimeException e) {
            greenMail.stop();
            throw e;
        }
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    int imapPort() {
        return greenMail.getImap().getPort();
    }

    Mailbox mailbox() {
        return mailbox;
    }

    InboundMail inbound() {
        return inbound;
    }

    /**
     * Mail the desk sent (the local SES): recipients SES receives for take the inbound path, as
     * our own mail to our own domain would in the cloud; every other one gets it in the mailbox.
     */
    void deliverSent(SentMail mail) {
        deliverSent(inbound, mailbox, clock, mail.from(), mail.recipients(), mail.raw());
    }

    /** {@link #deliverSent(SentMail)} for any inbound path and mailbox (the runtime's, without servers). */
    static void deliverSent(InboundMail inbound, Mailbox mailbox, Clock clock, String from, List<String> recipients, byte[] raw) {
        List<String> receivedBySes = recipients.stream().filter(inbound::receives).toList();
        if (!receivedBySes.isEmpty()) {
            inbound.receive(from, receivedBySes, SENDING_HOST, "127.0.0.1", raw);
        }
        for (String recipient : recipients) {
            if (!inbound.receives(recipient)) {
                mailbox.deliver(recipient, traced(clock, from, recipient, SENDING_HOST, "127.0.0.1", raw));
            }
        }
    }

    /** GreenMail's delivery of one message to one recipient: ours instead of its own. */
    private GreenMailUser delivered(MovingMessage message, MailAddress recipient) {
        byte[] written = written(message.getMessage());
        String[] client = client(written);
        byte[] raw = withoutGreenMailTrace(written);
        String from = message.getReturnPath() == null ? "" : message.getReturnPath().getEmail();
        if (inbound.receives(recipient.getEmail())) {
            if (received.add(message)) {
                List<String> forSes = new ArrayList<>();
                message.getToAddresses().stream().map(MailAddress::getEmail).filter(inbound::receives).forEach(forSes::add);
                inbound.receive(from, forSes, client[1], client[0], raw);
            }
        } else {
            mailbox.deliver(recipient.getEmail(), traced(clock, from, recipient.getEmail(), client[1], client[0], raw));
        }
        return new DeliveredElsewhere(recipient.getEmail());
    }

    /** The trace a receiving mail server puts first: {@code Return-Path} and its {@code Received}. */
    private static byte[] traced(Clock clock, String from, String recipient, String heloName, String clientAddress, byte[] raw) {
        String trace = "Return-Path: <" + from + ">\r\nReceived: from " + heloName + " ([" + clientAddress + "])\r\n by "
                + LOCAL_HOST + " with ESMTP id " + InboundMail.sesMessageId().substring(0, 12) + "\r\n for <" + recipient + ">;\r\n "
                + InboundMail.RFC_5322.format(clock.instant()) + "\r\n";
        byte[] prefix = trace.getBytes(StandardCharsets.US_ASCII);
        byte[] traced = new byte[prefix.length + raw.length];
        System.arraycopy(prefix, 0, traced, 0, prefix.length);
        System.arraycopy(raw, 0, traced, prefix.length, raw.length);
        return traced;
    }

    private static byte[] written(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot read the message received: " + e.getMessage(), e);
        }
    }

    /** The client's address and HELO name, from the {@code Received} line GreenMail wrote. */
    private static String[] client(byte[] written) {
        for (String line : firstLines(written, 2)) {
            Matcher matcher = GREENMAIL_RECEIVED.matcher(line);
            if (matcher.find()) {
                return new String[]{matcher.group(1), matcher.group(2)};
            }
        }
        return new String[]{"127.0.0.1", "localhost"};
    }

    /** The message as the client sent it: without the {@code Return-Path} and {@code Received} lines GreenMail put first. */
    private static byte[] withoutGreenMailTrace(byte[] written) {
        int offset = 0;
        for (String line : firstLines(written, 2)) {
            boolean greenMails = (offset == 0 && line.startsWith("Return-Path: <")) || GREENMAIL_RECEIVED.matcher(line).find();
            if (!greenMails) {
                break;
            }
            offset += line.length() + 2;
        }
        // SMTP's data always ends with CRLF (the one before the final dot), which GreenMail does not keep.
        int length = written.length - offset;
        boolean endsInCrlf = length >= 2 && written[written.length - 2] == '\r' && written[written.length - 1] == '\n';
        byte[] raw = new byte[endsInCrlf ? length : length + 2];
        System.arraycopy(written, offset, raw, 0, length);
        if (!endsInCrlf) {
            raw[length] = '\r';
            raw[length + 1] = '\n';
        }
        return raw;
    }

    private static List<String> firstLines(byte[] bytes, int count) {
        List<String> lines = new ArrayList<>();
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        int start = 0;
        while (lines.size() < count) {
            int end = text.indexOf("\r\n", start);
            if (end < 0) {
                break;
            }
            lines.add(text.substring(start, end));
            start = end + 2;
        }
        return lines;
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** What GreenMail is handed back: the message was delivered by this server, not into a GreenMail user's INBOX. */
    private static final class DeliveredElsewhere implements GreenMailUser {

        private final String email;

        DeliveredElsewhere(String email) {
            this.email = email;
        }

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public void deliver(MovingMessage msg) {
        }

        @Override
        public void deliver(MimeMessage msg) {
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) {
        }

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }
}
