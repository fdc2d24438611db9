package desk.mail;

import java.util.Objects;
import java.util.Optional;

/**
 * A file attached to an inbound mail, kept as a reference into the stored raw message: the MIME
 * part's path ({@code "2"}, {@code "2.1"}: 1-based indexes from the top-level body) and its decoded
 * size. Bodies are never copied out of the raw object.
 */
public record MailAttachment(String partPath, Optional<String> fileName, String contentType, long size) {
    public MailAttachment {
        Objects.requireNonNull(partPath, "partPath");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
