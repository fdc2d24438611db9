package desk.handler.mailer;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import desk.telemetry.LogContext;
import desk.usecase.SendTicketMail;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule on DeskEventBus for "Support Replied" and "Ticket Received": each announcement becomes
 * at most one mail ({@link SendTicketMail}). A mail that could not be sent throws, so Lambda's
 * asynchronous retries deliver the event again and then keep it on the failure queue.
 */
public class MailerHandler extends MicronautRequestHandler<ScheduledEvent, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(MailerHandler.class);

    @Inject
    SendTicketMail sendTicketMail;

    public MailerHandler() {}

    public MailerHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public Map<String, Object> execute(ScheduledEvent event) {
        SendTicketMail.Announced announced = announced(event);
        try (LogContext context = LogContext.begin(event.getDetailType() + " " + announced.eventId(), Optional.empty())) {
            // The clock only times the claim's lease; what is sent depends on the announcement alone.
            SendTicketMail.Outcome outcome = sendTicketMail.send(announced, Instant.now());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("eventId", announced.eventId());
            answer.put("outcome", outcome.getClass().getSimpleName());
            switch (outcome) {
                case SendTicketMail.Outcome.Sent sent -> answer.put("messageId", sent.messageId());
                case SendTicketMail.Outcome.AlreadySettled settled -> answer.put("state", settled.record().state().name());
                case SendTicketMail.Outcome.NoMail none -> answer.put("reason", none.reason());
                case SendTicketMail.Outcome.NotSendable refused -> answer.put("reason", refused.reason());
            }
            var line = LOG.atInfo();
            for (Map.Entry<String, Object> entry : answer.entrySet()) {
                line = line.addKeyValue(entry.getKey(), entry.getValue());
            }
            line.log("mailer");
            return answer;
        }
    }

    /** The announcement in an EventBridge event (docs/events.md, "Envelope"): its id is {@code detail.eventId}, never the event's own. */
    private static SendTicketMail.Announced announced(ScheduledEvent event) {
        if (event == null || event.getDetail() == null || event.getDetailType() == null) {
            throw new IllegalArgumentException("an EventBridge event with detail-type and detail is expected");
        }
        Map<String, Object> detail = event.getDetail();
        return new SendTicketMail.Announced(required(detail, "eventId"), event.getDetailType(), required(detail, "ticketId"),
                Instant.parse(required(detail, "occurredAt")), detail);
    }

    private static String required(Map<String, Object> detail, String field) {
        Object value = detail.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("detail." + field + " is missing from the event");
        }
        return text;
    }
}
