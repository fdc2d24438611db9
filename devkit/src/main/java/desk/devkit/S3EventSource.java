package desk.devkit;

import java.util.List;
import java.util.Optional;

/**
 * An {@code S3} event of a function: the bucket's notification configuration for it. A stored
 * object is announced to the function when its event name matches one of {@code events}
 * ({@code s3:ObjectCreated:*} matches {@code s3:ObjectCreated:Put}) and its key passes the
 * {@code Filter.S3Key} rules, as S3 filters: a prefix and a suffix, each compared literally.
 *
 * @param bucketLogicalId the bucket the event's {@code Bucket: !Ref ...} names
 * @param events          the {@code Events}, such as {@code s3:ObjectCreated:*}
 */
public record S3EventSource(String functionLogicalId, String eventName, String bucketLogicalId, List<String> events,
                            Optional<String> prefix, Optional<String> suffix) {

    public S3EventSource {
        events = List.copyOf(events);
    }

    /** Names this notification: one per function event, as SAM writes one notification configuration each. */
    public String id() {
        return functionLogicalId + "." + eventName;
    }

    /** @param s3EventName as S3 names it in the configuration, e.g. {@code s3:ObjectCreated:Put} */
    public boolean matches(String s3EventName, String key) {
        boolean event = events.stream().anyMatch(configured -> configured.endsWith(":*")
                ? s3EventName.startsWith(configured.substring(0, configured.length() - 1))
                : configured.equals(s3EventName));
        return event && prefix.map(key::startsWith).orElse(true) && suffix.map(key::endsWith).orElse(true);
    }
}
