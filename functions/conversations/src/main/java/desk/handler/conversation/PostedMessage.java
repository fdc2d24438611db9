package desk.handler.conversation;

import desk.api.LocalTimes;
import desk.conversation.Message;
import desk.identity.Principal;
import desk.ticket.Ticket;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;

/**
 * The answer to a posted message: the message, and where the ticket now stands against its
 * first-response promise (so the poster sees at once whether this reply stamped it).
 */
@Serdeable
public record PostedMessage(MessageView message, FirstResponse firstResponse) {

    /** {@code state}: AWAITING, MET, BREACHED or TRACKED; the stamped response, if any. */
    @Serdeable
    public record FirstResponse(String state, String respondedAt, String businessResponseTime, String messageId) {}

    static PostedMessage of(Message message, Ticket ticket, Principal poster) {
        ZoneId zone = LocalTimes.zoneOf(ticket);
        var response = ticket.sla().firstResponse();
        return new PostedMessage(MessageView.of(message, zone, poster), new FirstResponse(ticket.sla().code(),
                response.map(r -> LocalTimes.format(r.at(), zone)).orElse(null),
                response.map(r -> r.businessResponseTime().toString()).orElse(null),
                response.map(r -> r.messageId()).orElse(null)));
    }
}
