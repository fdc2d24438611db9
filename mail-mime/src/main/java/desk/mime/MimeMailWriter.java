package desk.mime;

import desk.mail.MailAddress;
import desk.mail.MailHeaders;
import desk.mail.OutgoingMail;
import desk.mail.ReplyMarker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.james.mime4j.codec.EncoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableOutputStream;

/**
 * Writes the mail support sends as RFC 5322 bytes, ready for SES's raw send: CRLF line ends,
 * header fields folded at 78 characters where they have whitespace, subject and display names as
 * UTF-8 encoded words when they need it, one {@code text/plain; charset=UTF-8} body in
 * quoted-printable that starts with {@link ReplyMarker#TEXT}.
 */
public final class MimeMailWriter {

    private static final String CRLF = "\r\n";
    private static final int LINE = 78;

    /** The raw message. */
    public byte[] write(OutgoingMail mail) {
        StringBuilder head = new StringBuilder();
        field(head, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(mail.date().atOffset(ZoneOffset.UTC)));
        field(head, "From", address(mail.from()));
        field(head, "To", addresses(mail.to()));
        if (!mail.cc().isEmpty()) {
            field(head, "Cc", addresses(mail.cc()));
        }
        if (!mail.replyTo().isEmpty()) {
            field(head, "Reply-To", addresses(mail.replyTo()));
        }
        field(head, "Subject", EncoderUtil.encodeIfNecessary(mail.subject(), EncoderUtil.Usage.TEXT_TOKEN, "Subject: ".length()));
        field(head, "Message-ID", "<" + mail.messageId() + ">");
        mail.inReplyTo().ifPresent(id -> field(head, "In-Reply-To", "<" + id + ">"));
        if (!mail.references().isEmpty()) {
            field(head, "References", mail.references().stream().map(id -> "<" + id + ">").collect(Collectors.joining(" ")));
        }
        mail.autoSubmitted().ifPresent(value -> field(head, "Auto-Submitted", value));
        for (MailHeaders.Header extra : mail.extraHeaders().fields()) {
            field(head, extra.name(), EncoderUtil.encodeIfNecessary(extra.value(), EncoderUtil.Usage.TEXT_TOKEN, extra.name().length() + 2));
        }
        field(head, "MIME-Version", "1.0");
        field(head, "Content-Type", "text/plain; charset=UTF-8");
        field(head, "Content-Transfer-Encoding", "quoted-printable");
        head.append(CRLF);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        String text = ReplyMarker.TEXT + "\n\n" + mail.textBody().strip() + "\n";
        byte[] body = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", CRLF).getBytes(StandardCharsets.UTF_8);
        try (QuotedPrintableOutputStream qp = new QuotedPrintableOutputStream(out, false)) {
            qp.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to memory cannot fail", impossible);
        }
        return out.toByteArray();
    }

    private static String address(MailAddress address) {
        return address.displayName().filter(name -> !name.isBlank())
                .map(name -> EncoderUtil.encodeAddressDisplayName(name.strip()) + " <" + address.address() + ">")
                .orElse(address.address());
    }

    private static String addresses(List<MailAddress> addresses) {
        return addresses.stream().map(MimeMailWriter::address).collect(Collectors.joining(", "));
    }

    /** {@code Name: value}, folded before a space wherever a line would pass 78 characters (RFC 5322 2.2.3). */
    private static void field(StringBuilder head, String name, String value) {
        String[] words = value.replaceAll("[\r\n]+", " ").split(" ", -1);
        StringBuilder line = new StringBuilder(name).append(": ").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (line.length() + 1 + words[i].length() > LINE && !line.toString().isBlank()) {
                head.append(line).append(CRLF);
                line.setLength(0);
            }
            line.append(' ').append(words[i]);
        }
        head.append(line).append(CRLF);
    }
}
