package desk.devkit.ses;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A message the local SES accepted: the id it answered, the envelope sender, the envelope
 * recipients (the request's {@code Destination}, else the message's {@code To}, {@code Cc} and
 * {@code Bcc}, as SES takes them) and the raw RFC 5322 bytes, exactly as sent.
 */
public record SentMail(String sesMessageId, String from, List<String> recipients, byte[] raw) {
    public SentMail {
        Objects.requireNonNull(sesMessageId, "sesMessageId");
        Objects.requireNonNull(from, "from");
        recipients = List.copyOf(recipients);
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** The raw message as text (our mail is 7-bit or UTF-8). */
    public String text() {
        return new String(raw, StandardCharsets.UTF_8);
    }
}
