package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.Map;

import desk.local.events.StreamRecordDeserializer;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

/**
 * JSON for events and responses, as Lambda's runtime and the event sources write and read it,
 * through Micronaut serde, which knows the Lambda event types through
 * {@code micronaut-aws-lambda-events-serde} (their JSON names, Joda times).
 */
final class EventJson {

    /**
     * One mapper per JVM, as {@link ObjectMapper#getDefault()} keeps one. That default one leaves
     * out every bean outside {@code io.micronaut.serde}, among them the events module's Joda
     * {@code DateTime} serde, so {@code ScheduledEvent.time} could not be written. Absent values
     * are left out and empty ones kept, as Lambda's serializer does (an empty
     * {@code ScheduledEvent.detail} stays {@code {}}).
     */
    private static final class Shared {
        static final ObjectMapper MAPPER = ObjectMapper.create(
                Map.of(StreamRecordDeserializer.ENABLED, "true", "micronaut.serde.serialization.inclusion", "non_null"),
                "io.micronaut.aws.lambda.events.serde", StreamRecordDeserializer.class.getPackageName());
    }

    private final ObjectMapper mapper = Shared.MAPPER;

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Into a generic type, such as a handler's declared input ({@code Map<String, Object>}). */
    Object read(String json, Type type) {
        Argument<?> argument = Argument.of(type);
        try {
            return mapper.readValue(json, argument);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a valid " + argument.getTypeString(true) + ": " + e.getMessage(), e);
        }
    }

    /** {@code null} as {@code "null"}, as Lambda's runtime answers for a handler that returns none. */
    String write(Object value) {
        if (value == null) {
            return "null";
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
