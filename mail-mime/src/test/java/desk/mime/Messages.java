package desk.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Messages generated for tests and the benchmark: too big to keep as files. */
final class Messages {
    private Messages() {
    }

    /** A plain mail whose text is about {@code textBytes} long. */
    static byte[] plain(int textBytes) {
        StringBuilder text = new StringBuilder();
        int line = 0;
        while (text.length() < textBytes) {
            text.append("Line ").append(line++).append(": the export of net prices to the wholesale channel fails again.\r\n");
        }
        return (head("multipart-free plain mail") + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text).getBytes(StandardCharsets.UTF_8);
    }

    /** A mail with a text, an HTML alternative and {@code attachments} binary attachments of {@code attachmentBytes} each. */
    static byte[] withAttachments(int attachments, int attachmentBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, head("a mail with attachments") + "Content-Type: multipart/mixed; boundary=\"mixed\"\r\n\r\n"
                + "--mixed\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
                + "--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe logs and screenshots are attached.\r\n"
                + "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>The logs and <b>screenshots</b> are attached.</p>\r\n--alt--\r\n");
        byte[] content = new byte[attachmentBytes];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + i / 7);
        }
        String base64 = Base64.getMimeEncoder().encodeToString(content);
        for (int i = 1; i <= attachments; i++) {
            write(out, "--mixed\r\nContent-Type: application/octet-stream; name=\"log-" + i + ".bin\"\r\n"
                    + "Content-Disposition: attachment; filename=\"log-" + i + ".bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + base64 + "\r\n");
        }
        write(out, "--mixed--\r\n");
        return out.toByteArray();
    }

    /** A mail whose one base64 part decodes to {@code decodedBytes} zero bytes. */
    static byte[] base64Bomb(long decodedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) (decodedBytes * 4 / 3 + decodedBytes / 50 + 1024));
        write(out, head("a base64 bomb") + "Content-Type: application/octet-stream; name=\"zeros.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        byte[] line = ("A".repeat(76) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        for (long decoded = 0; decoded < decodedBytes; decoded += 57) {
            out.write(line, 0, line.length);
        }
        return out.toByteArray();
    }

    private static String head(String subject) {
        return "Received: from mx.cliente-acme.es by inbound-smtp.eu-west-1.amazonaws.com; Tue, 01 Dec 2026 09:15:42 +0000\r\n"
                + "From: Ana Garcia <ana.garcia@cliente-acme.es>\r\nTo: support@desk.example\r\nSubject: " + subject + "\r\n"
                + "Date: Tue, 1 Dec 2026 10:15:30 +0100\r\nMessage-ID: <generated@cliente-acme.es>\r\nMIME-Version: 1.0\r\n";
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
