package desk.handler.emailintake;

import desk.mail.StoredMail;
import desk.mail.MailReading;
import desk.mime.MimeMailReader;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Reads a raw message from the raw-mail bucket, streaming it through the reader (which stops at its
 * size limit and rejects what it cannot read). Trouble reaching S3 is {@link RawMailUnavailableException}:
 * the invocation fails and Lambda retries it, then keeps the event on the failure queue.
 */
@Singleton
class RawMailObjects {
    private final S3Client s3;
    private final MimeMailReader reader;

    RawMailObjects(S3Client s3, MimeMailReader reader) {
        this.s3 = s3;
        this.reader = reader;
    }

    MailReading read(StoredMail object) {
        try (InputStream raw = s3.getObject(get -> get.bucket(object.bucket()).key(object.key()))) {
            return reader.read(raw);
        } catch (SdkException | IOException e) {
            throw new RawMailUnavailableException("raw mail " + object + " could not be read from S3; retry: " + e.getMessage(), e);
        }
    }

    /** S3 did not give the object: a retry may. */
    static final class RawMailUnavailableException extends RuntimeException {
        RawMailUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
