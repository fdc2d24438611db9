package desk.handler.conversation;

import desk.api.LocalTimes;
import desk.conversation.Message;
import desk.identity.Principal;
import desk.ticket.Ticket;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;

/**
 * The answer to a posted message: the message, the status of the ticket it is on (so the poster
 * sees a reopen at once) and where that ticket stands against its first-response promise (whether
 * this reply stamped it). {@code followUp}: the ticket the message opened because the one posted to
 * was closed, else null.
 */
@Serdeable
public record PostedMessage(MessageView message, String status, FirstResponse firstResponse, FollowUp followUp) {

    /** The follow-up ticket a message on a closed ticket opened, and the closed ticket it follows. */
    @Serdeable
    public record FollowUp(String ticketId, String followUpOf) {}

    /** {@code state}: AWAITING, MET, BREACHED or TRACKED; the stamped response, if any. */
    @Serdeable
    public record FirstResponse(String state, String respondedAt, String businessResponseTime, String messageId) {}

    static PostedMessage of(Message message, Ticket ticket, boolean openedFollowUp, Principal poster) {
        ZoneId zone = LocalTimes.zoneOf(ticket);
        var response = ticket.sla().firstResponse();
        return new PostedMessage(MessageView.of(message, zone, poster), ticket.status().name(), new FirstResponse(ticket.sla().code(),
                response.map(r -> LocalTimes.format(r.at(), zone)).orElse(null),
                response.map(r -> r.businessResponseTime().toString()).orElse(null),
                response.map(r -> r.messageId()).orElse(null)),
                openedFollowUp ? new FollowUp(ticket.id(), ticket.followUpOf().orElseThrow()) : null);
    }
}
