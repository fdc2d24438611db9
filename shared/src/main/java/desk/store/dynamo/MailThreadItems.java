package desk.store.dynamo;

import desk.mail.MailAddress;
import desk.mail.MailDirection;
import desk.mail.MailThread;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a ticket's mail thread to its item in the ticket's collection, {@code pk=TICKET#<id>,
 * sk=MAIL} (entity {@code MAIL_THREAD}), and a Message-ID to its {@code MAILID#<message id>} item
 * ({@link TableKeys#mailId}: {@code ticketId}, {@code direction}, {@code at}).
 */
final class MailThreadItems {
    static final String VERSION = "version";

    private MailThreadItems() {}

    static Map<String, AttributeValue> key(String ticketId) {
        return TableKeys.key(TableKeys.ticketPk(ticketId), "MAIL");
    }

    /** The thread as written at {@code version} (its current version + 1 on a replace, 1 when created). */
    static Map<String, AttributeValue> toItem(MailThread thread, long version) {
        return Item.builder()
                .with(key(thread.ticketId()))
                .s("entity", "MAIL_THREAD")
                .s("ticketId", thread.ticketId())
                .value("requester", address(thread.requester()))
                .value("supportAddress", address(thread.supportAddress()))
                .value("participants", AttributeValue.fromL(thread.participants().stream().map(MailThreadItems::address).toList()))
                .value("undeliverable", AttributeValue.fromL(thread.undeliverable().stream().map(MailThreadItems::address).toList()))
                .s("subject", thread.subject())
                .n(VERSION, version)
                .build();
    }

    static MailThread fromItem(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new MailThread(item.s("ticketId"), address(item.value("requester")), address(item.value("supportAddress")),
                addresses(item, "participants"), addresses(item, "undeliverable"), item.s("subject"), item.n(VERSION));
    }

    /** A Message-ID of a mail of a ticket: what threads replies by {@code In-Reply-To}/{@code References}. */
    static Map<String, AttributeValue> mailIdItem(String messageId, String ticketId, MailDirection direction, Instant at) {
        return Item.builder()
                .with(TableKeys.mailId(messageId))
                .s("entity", "MAIL_ID")
                .s("messageId", messageId)
                .s("ticketId", ticketId)
                .s("direction", direction.name())
                .instant("at", at)
                .build();
    }

    static AttributeValue address(MailAddress address) {
        Item.Builder map = Item.builder().s("address", address.address()).s("displayName", address.displayName());
        return AttributeValue.fromM(map.build());
    }

    static MailAddress address(AttributeValue value) {
        Map<String, AttributeValue> map = value.m();
        return new MailAddress(map.get("address").s(), Optional.ofNullable(map.get("displayName")).map(AttributeValue::s));
    }

    private static List<MailAddress> addresses(Item.Reader item, String name) {
        AttributeValue value = item.value(name);
        return value.hasL() ? value.l().stream().map(MailThreadItems::address).toList() : List.of();
    }
}
