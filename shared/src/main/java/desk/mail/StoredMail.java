package desk.mail;

import java.util.Objects;

/** Where the mail system stored a raw message: an object of the raw-mail bucket. */
public record StoredMail(String bucket, String key) {
    public StoredMail {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        if (bucket.isBlank() || key.isBlank()) {
            throw new IllegalArgumentException("a stored mail names its bucket and key");
        }
    }

    @Override
    public String toString() {
        return bucket + "/" + key;
    }
}
