package desk.local;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * {@code ./desk mail send}: hands a raw message, byte for byte, to the SMTP server of a running
 * {@code desk run} on 127.0.0.1, as any mail client would. The envelope comes from the message
 * (sender: {@code From}; recipients: {@code To}, {@code Cc}, {@code Bcc}) unless given.
 */
final class SmtpSubmission {

    private SmtpSubmission() {
    }

    /** The envelope a client derives from the message's own headers. */
    record Envelope(String from, List<String> recipients) {
    }

    static Envelope envelopeOf(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            String from = first(message.getHeader("From", ","));
            Set<String> recipients = new LinkedHashSet<>();
            for (String header : List.of("To", "Cc", "Bcc")) {
                String value = message.getHeader(header, ",");
                if (value != null) {
                    for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                        recipients.add(address.getAddress());
                    }
                }
            }
            return new Envelope(from, List.copyOf(recipients));
        } catch (MessagingException e) {
            throw new UsageException("Cannot read the message's headers: " + e.getMessage());
        }
    }

    private static String first(String header) throws AddressException {
        if (header == null) {
            return "";
        }
        InternetAddress[] addresses = InternetAddress.parseHeader(header, false);
        return addresses.length == 0 ? "" : addresses[0].getAddress();
    }

    /**
     * Sends the message; returns the server's answer to the end of data ({@code 250 ...}).
     *
     * @throws UsageException when no server listens on the port, or it refuses the message
     */
    static String send(int port, Envelope envelope, byte[] raw) {
        if (envelope.recipients().isEmpty()) {
            throw new UsageException("The message names no recipient (To, Cc, Bcc): give one with --to");
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, in, "EHLO localhost", "250");
            command(out, in, "MAIL FROM:<" + envelope.from() + ">", "250");
            for (String recipient : envelope.recipients()) {
                command(out, in, "RCPT TO:<" + recipient + ">", "250");
            }
            command(out, in, "DATA", "354");
            out.write(dotStuffed(raw));
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String accepted = expect(in, "250");
            command(out, in, "QUIT", "221");
            return accepted;
        } catch (ConnectException e) {
            throw new UsageException("No desk is running: nothing listens for SMTP on 127.0.0.1:" + port
                    + " (start ./desk run, or give its --smtp-port)");
        } catch (IOException e) {
            throw new UsageException("Sending to 127.0.0.1:" + port + " failed: " + e.getMessage());
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, expected);
    }

    /** Reads one reply (all its lines); refuses any other code than {@code expected}. */
    private static String expect(BufferedReader in, String expected) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("the server closed the connection");
            }
            lines.add(line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(expected)) {
            throw new UsageException("The SMTP server refused the message: " + String.join(" / ", lines));
        }
        return line;
    }

    /** Lines end in CRLF, and a line starting with a dot gets another, as SMTP's DATA requires. */
    static byte[] dotStuffed(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 64);
        boolean lineStart = true;
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (lineStart && b == '.') {
                out.write('.');
            }
            if (b == '\n' && (i == 0 || raw[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(b);
            lineStart = b == '\n';
        }
        if (!lineStart) {
            out.write('\r');
            out.write('\n');
        }
        return out.toByteArray();
    }
}
