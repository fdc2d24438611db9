package desk.handler.conversation;

import desk.access.AccessRules;
import desk.api.LocalTimes;
import desk.conversation.Message;
import desk.identity.Principal;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;

/** A message as the API shows it; its time in the ticket's calendar zone. */
@Serdeable
public record MessageView(String id, String ticketId, Author author, String body, String visibility, boolean automatic,
                          String postedAt) {

    @Serdeable
    public record Author(String role, String subject) {}

    /** The message as {@code viewer} sees it: its author's subject only within the author's own party. */
    static MessageView of(Message message, ZoneId zone, Principal viewer) {
        Principal author = message.author();
        return new MessageView(message.id(), message.ticketId(),
                new Author(author.role(), AccessRules.showsSubject(viewer, author) ? author.subject() : null), message.body(),
                message.visibility().name(), message.automatic(), LocalTimes.format(message.postedAt(), zone));
    }
}
