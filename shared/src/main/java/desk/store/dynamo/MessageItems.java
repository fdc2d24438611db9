package desk.store.dynamo;

import desk.conversation.Message;
import desk.conversation.Visibility;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps messages to items in their ticket's collection: {@code pk=TICKET#<ticket>},
 * {@code sk=MESSAGE#<message id>}. Message ids are time-ordered (UUID version 7 from the posting
 * time), so the collection reads oldest first and one message is still a single {@code GetItem}.
 */
final class MessageItems {
    static final String PREFIX = "MESSAGE#";

    private MessageItems() {}

    static Map<String, AttributeValue> key(String ticketId, String messageId) {
        return TableKeys.key(TableKeys.ticketPk(ticketId), PREFIX + messageId);
    }

    static Map<String, AttributeValue> toItem(Message message) {
        Item.Builder item = Item.builder()
                .with(key(message.ticketId(), message.id()))
                .s("entity", "MESSAGE")
                .s("id", message.id())
                .s("ticketId", message.ticketId())
                .s("body", message.body())
                .s("visibility", message.visibility().name())
                .bool("automatic", message.automatic())
                .instant("postedAt", message.postedAt());
        PrincipalAttributes.write(item, "author", message.author());
        return item.build();
    }

    static Message fromItem(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new Message(item.s("id"), item.s("ticketId"), PrincipalAttributes.read(item, "author"), item.s("body"),
                Visibility.valueOf(item.s("visibility")), item.bool("automatic"), item.instant("postedAt"));
    }
}
