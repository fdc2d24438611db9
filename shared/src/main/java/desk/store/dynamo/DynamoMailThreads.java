package desk.store.dynamo;

import desk.mail.MailThread;
import desk.store.MailThreads;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads mail threads: {@code GetItem pk=TICKET#<id>, sk=MAIL} and {@code GetItem
 * pk=MAILID#<message id>, sk=MAILID}, both strongly consistent. The items are written by the
 * inbound mail store (with the ticket or message the mail made) and, for Message-IDs of mail we
 * send, by the mailer; docs/access-patterns.md lists their conditions.
 */
@Singleton
class DynamoMailThreads implements MailThreads {
    private final DeskTable table;

    DynamoMailThreads(DeskTable table) {
        this.table = table;
    }

    @Override
    public Optional<MailThread> find(String ticketId) {
        return table.get(MailThreadItems.key(ticketId)).map(MailThreadItems::fromItem);
    }

    @Override
    public Optional<String> ticketOfMessageId(String messageId) {
        return table.get(TableKeys.mailId(messageId)).map(item -> Item.reader(item).s("ticketId"));
    }
}
