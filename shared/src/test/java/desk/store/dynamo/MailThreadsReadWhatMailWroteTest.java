package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.mail.MailAddress;
import desk.mail.MailDirection;
import desk.mail.MailThread;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A ticket's mail thread and its Message-IDs read back as written (item {@code TICKET#<id>/MAIL}, {@code MAILID#<id>}). */
@ExtendWith(LocalDynamoDbExtension.class)
class MailThreadsReadWhatMailWroteTest {
    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    private DeskTable table;
    private DynamoMailThreads threads;

    @BeforeEach
    void store(LocalDesk desk) {
        table = new DeskTable(desk.tableName("DeskTable"), desk.client());
        threads = new DynamoMailThreads(table);
    }

    @Test
    void a_thread_reads_back_with_its_participants_and_undeliverable_addresses() {
        String ticketId = UUID.randomUUID().toString();
        MailThread thread = MailThread.opened(ticketId, new MailAddress("ana@client.example", Optional.of("Ana Ruiz")),
                        MailAddress.of("support@desk.example"), "Labels print twice")
                .withParticipant(MailAddress.of("luis@client.example"))
                .withUndeliverable(List.of(MailAddress.of("old@client.example")));

        Transaction.on(table).put("thread", MailThreadItems.toItem(thread, 1), Condition.NEW_ITEM).commit();

        assertThat(threads.find(ticketId)).contains(new MailThread(ticketId, thread.requester(), thread.supportAddress(),
                thread.participants(), thread.undeliverable(), thread.subject(), 1));
        assertThat(threads.find(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void a_message_id_names_its_ticket_whichever_way_the_mail_went() {
        String ticketId = UUID.randomUUID().toString();
        String received = UUID.randomUUID() + "@client.example";
        String sent = UUID.randomUUID() + "@desk.example";

        Transaction.on(table)
                .put("in", MailThreadItems.mailIdItem(received, ticketId, MailDirection.IN, AT), Condition.NEW_ITEM)
                .put("out", MailThreadItems.mailIdItem(sent, ticketId, MailDirection.OUT, AT), Condition.NEW_ITEM)
                .commit();

        assertThat(threads.ticketOfMessageId(received)).contains(ticketId);
        assertThat(threads.ticketOfMessageId(sent)).contains(ticketId);
        assertThat(threads.ticketOfMessageId("unknown@client.example")).isEmpty();
    }
}
