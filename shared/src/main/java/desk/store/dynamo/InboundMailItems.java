package desk.store.dynamo;

import desk.mail.InboundMail;
import desk.mail.MailAttachment;
import desk.mail.MailOrigin;
import desk.mail.ReceivedMail;
import desk.mail.StoredMail;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps received mail to its items: the record of a mail ({@code pk=TICKET#<ticket>,
 * sk=INMAIL#<record id>} when a ticket took it, else {@code pk=INBOUND#<record id>, sk=INBOUND}),
 * the triage announcement of one kept apart ({@code pk=INBOUND#<record id>, sk=EVENT#0000000001},
 * an outbox item the relay publishes), and the mark of a stored object received
 * ({@code pk=MAILOBJ#<bucket>/<key>, sk=MAILOBJ}).
 */
final class InboundMailItems {
    static final String SOURCE = "desk.mail";
    static final String ON_TICKET_PREFIX = "INMAIL#";
    /** A record keeps this much of a mail's full text; the stored object keeps all of it. */
    static final int BODY_KEPT = 100_000;
    /** The object mark outlives any redelivery by far; the raw-mail bucket keeps objects 400 days too. */
    static final Duration OBJECT_MARK_KEPT = Duration.ofDays(400);

    private InboundMailItems() {}

    static Map<String, AttributeValue> objectKey(StoredMail object) {
        return TableKeys.key("MAILOBJ#" + object.bucket() + "/" + object.key(), "MAILOBJ");
    }

    static Map<String, AttributeValue> apartKey(String recordId) {
        return TableKeys.key(apartPk(recordId), "INBOUND");
    }

    private static String apartPk(String recordId) {
        return "INBOUND#" + recordId;
    }

    static Map<String, AttributeValue> objectMark(ReceivedMail mail, Optional<String> ticketId) {
        return Item.builder()
                .with(objectKey(mail.object()))
                .s("entity", "MAIL_OBJECT")
                .s("recordId", mail.id())
                .s("disposition", mail.disposition().name())
                .s("ticketId", ticketId)
                .instant("at", mail.receivedAt())
                .n("expiresAt", mail.receivedAt().plus(OBJECT_MARK_KEPT).getEpochSecond())
                .build();
    }

    /** The record of a mail a ticket took, in the ticket's collection. */
    static Map<String, AttributeValue> onTicket(ReceivedMail mail, String ticketId, Optional<String> messageId) {
        return record(mail, TableKeys.key(TableKeys.ticketPk(ticketId), ON_TICKET_PREFIX + mail.id()))
                .s("ticketId", ticketId)
                .s("messageId", messageId)
                .build();
    }

    /** The record of a mail no ticket took, in a partition of its own. */
    static Map<String, AttributeValue> apart(ReceivedMail mail) {
        return record(mail, apartKey(mail.id())).build();
    }

    private static Item.Builder record(ReceivedMail mail, Map<String, AttributeValue> key) {
        Item.Builder item = Item.builder()
                .with(key)
                .s("entity", "INBOUND_MAIL")
                .s("id", mail.id())
                .s("disposition", mail.disposition().name())
                .s("reason", mail.reason())
                .s("bucket", mail.object().bucket())
                .s("objectKey", mail.object().key())
                .instant("receivedAt", mail.receivedAt());
        mail.mail().ifPresent(read -> read(item, read));
        return item;
    }

    private static void read(Item.Builder item, InboundMail mail) {
        item.s("mailMessageId", mail.messageId())
                .s("from", mail.from().address())
                .s("subject", mail.subject())
                .s("origin", origin(mail.origin()))
                .s("body", mail.body().length() <= BODY_KEPT ? mail.body() : mail.body().substring(0, BODY_KEPT))
                .bool("bodyCut", mail.body().length() > BODY_KEPT)
                .list("attachments", mail.attachments().stream().map(InboundMailItems::attachment).toList());
        mail.sentAt().ifPresent(at -> item.instant("sentAt", at));
    }

    private static String origin(MailOrigin origin) {
        return switch (origin) {
            case MailOrigin.Person() -> "PERSON";
            case MailOrigin.Automatic(String reason) -> "AUTOMATIC: " + reason;
            case MailOrigin.DeliveryFailure(List<String> failed, Optional<String> original) -> "DELIVERY_FAILURE";
        };
    }

    /** An attachment as a reference into the stored object: its MIME part's path, never its bytes. */
    private static Map<String, AttributeValue> attachment(MailAttachment attachment) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("partPath", Item.s(attachment.partPath()));
        attachment.fileName().ifPresent(name -> map.put("fileName", Item.s(name)));
        map.put("contentType", Item.s(attachment.contentType()));
        map.put("size", AttributeValue.fromN(Long.toString(attachment.size())));
        return map;
    }

    static String eventId(ReceivedMail mail) {
        return "mail:" + mail.id();
    }

    static String detailType(ReceivedMail mail) {
        return switch (mail.disposition()) {
            case UNMATCHED -> "Mail Unmatched";
            case REJECTED -> "Mail Rejected";
            default -> throw new IllegalArgumentException("only mail kept for triage is announced, not " + mail.disposition());
        };
    }

    /**
     * The triage announcement of a mail kept apart, in the outbox's format. Its detail names the
     * record and the stored object, never an address or a subject (those stay in the table).
     */
    static Map<String, AttributeValue> announcement(ReceivedMail mail, Duration retention) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("eventId", eventId(mail));
        detail.put("recordId", mail.id());
        detail.put("occurredAt", mail.receivedAt().toString());
        detail.put("reason", mail.reason());
        detail.put("bucket", mail.object().bucket());
        detail.put("objectKey", mail.object().key());
        detail.put("attachments", (long) mail.mail().map(m -> m.attachments().size()).orElse(0));
        return Item.builder()
                .with(TableKeys.key(apartPk(mail.id()), AnnouncementItems.PREFIX + "%010d".formatted(1)))
                .s("entity", "ANNOUNCEMENT")
                .s("eventId", eventId(mail))
                .s("source", SOURCE)
                .s("detailType", detailType(mail))
                .s("recordId", mail.id())
                .n("sequence", 1)
                .instant("occurredAt", mail.receivedAt())
                .s("audience", "STAFF")
                .value("detail", Item.of(detail))
                .n("expiresAt", mail.receivedAt().plus(retention).getEpochSecond())
                .build();
    }
}
