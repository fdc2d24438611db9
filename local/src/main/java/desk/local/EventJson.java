package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.micronaut.serde.ObjectMapper;

/**
 * JSON for event files and handler responses through Micronaut serde, which knows the Lambda
 * event types through {@code micronaut-aws-lambda-events-serde} (their JSON names, Joda times).
 */
final class EventJson {

    private final ObjectMapper mapper = ObjectMapper.getDefault();

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
