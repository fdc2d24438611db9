package desk.handler.mailer;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * An EventBridge event as a rule delivers it to Lambda: the fields the mailer reads (docs/events.md,
 * "Envelope"). {@code id} is EventBridge's own and differs on each delivery; the announcement's
 * id is {@code detail.eventId}.
 */
@Serdeable
public record BusEnvelope(
        String id,
        @JsonProperty("detail-type") String detailType,
        String source,
        String time,
        Map<String, Object> detail) {
}
