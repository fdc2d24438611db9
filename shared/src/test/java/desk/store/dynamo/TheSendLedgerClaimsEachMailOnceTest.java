package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.mail.MailDirection;
import desk.store.MailLedger;
import desk.store.MailLedger.Claimed;
import desk.store.MailLedger.MailRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exactly once per announcement, on DynamoDB Local: the first claim wins and leases the sending;
 * a claim during the lease is told to wait, one after it (a sender died between sending and
 * marking) takes over with the same Message-ID; a sent or not-sendable record settles the
 * announcement for good; a released claim (the mail service refused) is free at once. One sender
 * gets one acknowledgement per window, and the ticket's thread lists what was received and sent.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class TheSendLedgerClaimsEachMailOnceTest {
    private static final Instant OCCURRED = Instant.parse("2026-11-30T08:15:00Z");
    private static final Instant NOW = Instant.parse("2026-11-30T08:15:02Z");
    private static final Duration LEASE = Duration.ofSeconds(90);
    private static final Duration WINDOW = Duration.ofHours(1);

    private DynamoMailLedger ledger;
    private DynamoMailThreads threads;
    private String ticketId;

    @BeforeEach
    void store(LocalDesk desk) {
        DeskTable table = new DeskTable(desk.tableName("DeskTable"), desk.client());
        ledger = new DynamoMailLedger(table, "P30D");
        threads = new DynamoMailThreads(table);
        ticketId = UUID.randomUUID().toString();
    }

    @Test
    void the_first_claim_wins_a_second_one_waits_for_the_lease_and_a_sent_mail_is_settled() {
        MailLedger.Claim claim = reply(ticketId + "/5", NOW);

        Claimed first = ledger.claim(claim);
        Claimed during = ledger.claim(reply(ticketId + "/5", NOW.plusSeconds(30)));
        ledger.markSent(claim.announcementId(), "ses-1", NOW.plusSeconds(1));
        Claimed redelivered = ledger.claim(reply(ticketId + "/5", NOW.plus(Duration.ofDays(1))));

        assertThat(first).isInstanceOf(Claimed.Granted.class);
        assertThat(during).isEqualTo(new Claimed.Leased(NOW.plus(LEASE)));
        assertThat(redelivered).isInstanceOfSatisfying(Claimed.Settled.class, settled -> assertThat(settled.record())
                .isEqualTo(new MailRecord(claim.announcementId(), ticketId, MailRecord.State.SENT, Optional.of(claim.messageId()),
                        Optional.of("ses-1"), Optional.empty())));
        assertThat(threads.ticketOfMessageId(claim.messageId())).contains(ticketId);
    }

    @Test
    void a_claim_whose_lease_ran_out_unmarked_is_taken_over_with_the_same_message_id() {
        ledger.claim(reply(ticketId + "/5", NOW));

        Claimed takeover = ledger.claim(reply(ticketId + "/5", NOW.plus(LEASE)));

        assertThat(takeover).isInstanceOf(Claimed.Granted.class);
        assertThat(ledger.find(ticketId + "/5")).map(MailRecord::messageId).contains(Optional.of(messageId(ticketId + "/5")));
        assertThat(ledger.threadOf(ticketId)).containsExactly(new MailLedger.ThreadEntry(messageId(ticketId + "/5"), MailDirection.OUT));
    }

    @Test
    void a_released_claim_is_free_at_once_and_nothing_is_marked_sent() {
        Claimed.Granted granted = (Claimed.Granted) ledger.claim(reply(ticketId + "/5", NOW));

        ledger.release(ticketId + "/5", granted.claimToken(), "SES refused (429 TooManyRequestsException)");

        assertThat(ledger.find(ticketId + "/5")).map(MailRecord::state).contains(MailRecord.State.SENDING);
        assertThat(ledger.claim(reply(ticketId + "/5", NOW.plusSeconds(1)))).isInstanceOf(Claimed.Granted.class);
    }

    @Test
    void a_release_by_a_sender_whose_claim_was_taken_over_changes_nothing() {
        Claimed.Granted stale = (Claimed.Granted) ledger.claim(reply(ticketId + "/5", NOW));
        ledger.claim(reply(ticketId + "/5", NOW.plus(LEASE)));

        ledger.release(ticketId + "/5", stale.claimToken(), "late failure");

        assertThat(ledger.claim(reply(ticketId + "/5", NOW.plus(LEASE).plusSeconds(1)))).isInstanceOf(Claimed.Leased.class);
    }

    @Test
    void a_mail_recorded_as_not_sendable_is_settled_and_recorded_once() {
        ledger.recordNotSent(ticketId + "/5", ticketId, "no support address", OCCURRED);
        ledger.recordNotSent(ticketId + "/5", ticketId, "something else", OCCURRED);

        assertThat(ledger.claim(reply(ticketId + "/5", NOW))).isInstanceOfSatisfying(Claimed.Settled.class, settled ->
                assertThat(settled.record().reason()).contains("no support address"));
    }

    @Test
    void one_sender_gets_one_acknowledgement_per_window_whatever_the_ticket() {
        String otherTicket = UUID.randomUUID().toString();
        String sender = "ana-" + ticketId + "@client.example";

        Claimed first = ledger.claim(acknowledgement(ticketId, sender, OCCURRED));
        Claimed again = ledger.claim(acknowledgement(otherTicket, sender, OCCURRED.plus(WINDOW).minusMillis(1)));
        Claimed later = ledger.claim(acknowledgement(UUID.randomUUID().toString(), sender, OCCURRED.plus(WINDOW)));

        assertThat(first).isInstanceOf(Claimed.Granted.class);
        assertThat(again).isEqualTo(new Claimed.SenderRecentlyAcknowledged(ticketId));
        assertThat(ledger.find(otherTicket + "/1")).as("nothing of the refused claim is written").isEmpty();
        assertThat(later).isInstanceOf(Claimed.Granted.class);
    }

    @Test
    void a_retried_acknowledgement_of_the_same_ticket_passes_its_own_window() {
        String sender = "bea-" + ticketId + "@client.example";
        Claimed.Granted granted = (Claimed.Granted) ledger.claim(acknowledgement(ticketId, sender, OCCURRED));
        ledger.release(ticketId + "/1", granted.claimToken(), "SES throttled");

        assertThat(ledger.claim(acknowledgement(ticketId, sender, OCCURRED))).isInstanceOf(Claimed.Granted.class);
    }

    @Test
    void the_thread_lists_received_and_sent_message_ids_oldest_first() {
        ledger.addToThread(ticketId, "first@client.example", MailDirection.IN, OCCURRED.minusSeconds(3600));
        ledger.claim(reply(ticketId + "/5", NOW));
        ledger.addToThread(ticketId, "answer@client.example", MailDirection.IN, OCCURRED.plusSeconds(600));
        ledger.addToThread(ticketId, "first@client.example", MailDirection.IN, OCCURRED.minusSeconds(3600));

        assertThat(ledger.threadOf(ticketId)).containsExactly(
                new MailLedger.ThreadEntry("first@client.example", MailDirection.IN),
                new MailLedger.ThreadEntry(messageId(ticketId + "/5"), MailDirection.OUT),
                new MailLedger.ThreadEntry("answer@client.example", MailDirection.IN));
        assertThat(ledger.threadOf(UUID.randomUUID().toString())).isEmpty();
    }

    private MailLedger.Claim reply(String announcementId, Instant now) {
        return new MailLedger.Claim(announcementId, ticketId, messageId(announcementId), OCCURRED, Optional.empty(), WINDOW, now, LEASE);
    }

    private static MailLedger.Claim acknowledgement(String ticket, String sender, Instant occurred) {
        return new MailLedger.Claim(ticket + "/1", ticket, messageId(ticket + "/1"), occurred, Optional.of(sender), WINDOW,
                occurred.plusSeconds(1), LEASE);
    }

    private static String messageId(String announcementId) {
        return UUID.nameUUIDFromBytes(announcementId.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "@mail.desk.example";
    }
}
