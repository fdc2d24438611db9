package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.Account;
import desk.account.Plan;
import desk.calendar.DeadlineExplanation.SpecialHours;
import desk.conversation.Message;
import desk.conversation.Visibility;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.sla.SlaState;
import desk.store.AnnouncementRecord;
import desk.store.ConcurrentUpdateException;
import desk.store.IdempotencyKeyTakenException;
import desk.store.IdempotencyRecord;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import desk.ticket.TicketStatus;
import desk.ticket.TicketChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The ticket write model on DynamoDB Local: conditions, transactions with their announcements, derived indexes. */
@ExtendWith(LocalDynamoDbExtension.class)
class TicketStoreKeepsTicketsExactlyOnceTest {
    private static final Instant FRIDAY_1730_MADRID = Instant.parse("2026-11-27T16:30:00Z");
    private static final Principal AGENT = new Principal.SupportAgent("agent-7");

    private DynamoTicketStore store;
    private DynamoIdempotencyRecords records;
    private LocalDesk desk;

    @BeforeEach
    void store(LocalDesk desk) {
        this.desk = desk;
        DeskTable table = new DeskTable(desk.tableName("DeskTable"), desk.client());
        this.store = new DynamoTicketStore(table, new Outbox("P7D"));
        this.records = new DynamoIdempotencyRecords(table);
    }

    @Test
    void every_shape_of_ticket_reads_back_equal_to_what_was_stored() {
        Account indirect = StoredTickets.indirect();
        List<TicketChange> opened = List.of(
                StoredTickets.incident(StoredTickets.direct(Plan.ENTERPRISE), Severity.CRITICAL, FRIDAY_1730_MADRID),
                StoredTickets.question(StoredTickets.direct(Plan.STARTER), Instant.parse("2026-11-28T10:00:00Z")),
                StoredTickets.integrationByPartner(indirect, Instant.parse("2026-12-07T15:00:00Z")),
                StoredTickets.accountRequest(indirect, FRIDAY_1730_MADRID),
                StoredTickets.openedDirectlyByIndirectAccount(indirect, FRIDAY_1730_MADRID));

        opened.forEach(change -> store.create(change, Optional.empty()));

        assertThat(opened).allSatisfy(change -> assertThat(store.find(change.ticket().id())).contains(change.ticket()));
    }

    @Test
    void a_deadline_counted_on_a_short_day_reads_back_with_why_the_day_was_short() {
        TicketChange opened = StoredTickets.questionOnAShortDay(StoredTickets.direct(Plan.PREMIUM));
        store.create(opened, Optional.empty());

        Ticket read = store.find(opened.ticket().id()).orElseThrow();

        assertThat(read).isEqualTo(opened.ticket());
        assertThat(read.deadline().orElseThrow().explanation().specialHours())
                .extracting(SpecialHours::why)
                .containsExactly("Christmas Eve: open 08:00-14:00");
    }

    @Test
    void a_target_in_business_days_reads_back_as_days_with_its_explanation() {
        TicketChange opened = StoredTickets.questionWithATargetInBusinessDays(StoredTickets.direct(Plan.STARTER));
        store.create(opened, Optional.empty());

        Ticket read = store.find(opened.ticket().id()).orElseThrow();

        assertThat(read).isEqualTo(opened.ticket());
        assertThat(read.deadline().orElseThrow().target()).hasToString("P1D");
        assertThat(read.deadline().orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void a_ticket_id_is_never_written_twice() {
        TicketChange opened = StoredTickets.question(StoredTickets.direct(Plan.PREMIUM), FRIDAY_1730_MADRID);
        store.create(opened, Optional.empty());

        assertThatThrownBy(() -> store.create(opened, Optional.empty())).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void intake_announcements_are_stored_in_the_tickets_collection_numbered_from_one() {
        TicketChange opened = StoredTickets.openedDirectlyByIndirectAccount(StoredTickets.indirect(), FRIDAY_1730_MADRID);

        store.create(opened, Optional.empty());

        String id = opened.ticket().id();
        assertThat(store.history(id)).extracting(AnnouncementRecord::eventId, AnnouncementRecord::detailType)
                .containsExactly(tuple(id + "/1", "Ticket Received"), tuple(id + "/2", "Routed To Partner"));
        assertThat(store.history(id).getFirst().detail()).containsEntry("ticketId", id).containsEntry("sequence", 1L)
                .containsEntry("target", "NONE").containsEntry("receivedAt", FRIDAY_1730_MADRID.toString());
        assertThat(store.find(id).orElseThrow().announced()).isEqualTo(2);
    }

    @Test
    void a_taken_idempotency_key_is_named_even_behind_the_announcements_and_nothing_of_the_second_ticket_is_written() {
        // Ticket, two announcements, then the key: the failed condition is the fourth item, read by name.
        Account indirect = StoredTickets.indirect();
        TicketChange first = StoredTickets.openedDirectlyByIndirectAccount(indirect, FRIDAY_1730_MADRID);
        TicketChange second = StoredTickets.openedDirectlyByIndirectAccount(indirect, FRIDAY_1730_MADRID.plusSeconds(5));
        store.create(first, Optional.of(record(first.ticket(), "key-1", FRIDAY_1730_MADRID.plus(Duration.ofHours(24)))));

        assertThatThrownBy(() -> store.create(second, Optional.of(record(second.ticket(), "key-1", FRIDAY_1730_MADRID.plus(Duration.ofHours(24))))))
                .isInstanceOf(IdempotencyKeyTakenException.class);
        assertThat(store.find(second.ticket().id())).isEmpty();
        assertThat(store.history(second.ticket().id())).isEmpty();
        assertThat(records.find("scope-" + indirect.id(), "key-1")).get()
                .extracting(IdempotencyRecord::resourceId).isEqualTo(first.ticket().id());
    }

    @Test
    void an_expired_idempotency_record_not_yet_removed_by_ttl_may_be_taken_over() {
        Account account = StoredTickets.direct(Plan.PREMIUM);
        TicketChange old = StoredTickets.question(account, FRIDAY_1730_MADRID);
        store.create(old, Optional.of(record(old.ticket(), "key-2", FRIDAY_1730_MADRID.plusSeconds(60))));
        TicketChange later = StoredTickets.question(account, FRIDAY_1730_MADRID.plus(Duration.ofDays(2)));

        store.create(later, Optional.of(record(later.ticket(), "key-2", later.ticket().receivedAt().plus(Duration.ofHours(24)))));

        assertThat(store.find(later.ticket().id())).isPresent();
        assertThat(records.find("scope-" + account.id(), "key-2")).get()
                .extracting(IdempotencyRecord::resourceId).isEqualTo(later.ticket().id());
    }

    @Test
    void a_retry_in_the_second_after_its_record_expired_takes_the_record_over() {
        // Expiry is whole seconds on both sides: the record is dead from 17:31:00.000 and the write's
        // condition agrees, so a retry at 17:31:00.500 creates instead of failing.
        Account account = StoredTickets.direct(Plan.PREMIUM);
        Instant expiry = FRIDAY_1730_MADRID.plusSeconds(60);
        TicketChange old = StoredTickets.question(account, FRIDAY_1730_MADRID);
        store.create(old, Optional.of(record(old.ticket(), "key-3", expiry)));
        Instant halfASecondLater = expiry.plusMillis(500);
        TicketChange retry = StoredTickets.question(account, halfASecondLater);

        assertThat(records.find("scope-" + account.id(), "key-3").orElseThrow().isLiveAt(halfASecondLater)).isFalse();
        store.create(retry, Optional.of(record(retry.ticket(), "key-3", halfASecondLater.plus(Duration.ofHours(24)))));

        assertThat(records.find("scope-" + account.id(), "key-3")).get()
                .extracting(IdempotencyRecord::resourceId).isEqualTo(retry.ticket().id());
    }

    @Test
    void keys_and_scopes_containing_hashes_never_share_a_record() {
        Account account = StoredTickets.direct(Plan.PREMIUM);
        TicketChange a = StoredTickets.question(account, FRIDAY_1730_MADRID);
        TicketChange b = StoredTickets.question(account, FRIDAY_1730_MADRID.plusSeconds(1));
        Instant expiry = FRIDAY_1730_MADRID.plus(Duration.ofHours(24));

        store.create(a, Optional.of(new IdempotencyRecord("agent:x#y", "z", "f", a.ticket().id(), expiry)));
        store.create(b, Optional.of(new IdempotencyRecord("agent:x", "y#z", "f", b.ticket().id(), expiry)));

        assertThat(records.find("agent:x#y", "z").orElseThrow().resourceId()).isEqualTo(a.ticket().id());
        assertThat(records.find("agent:x", "y#z").orElseThrow().resourceId()).isEqualTo(b.ticket().id());
    }

    @Test
    void the_first_response_is_stored_with_its_message_and_announcement_and_leaves_the_sweep_index() {
        TicketChange opened = StoredTickets.incident(StoredTickets.direct(Plan.ENTERPRISE), Severity.MAJOR, FRIDAY_1730_MADRID);
        store.create(opened, Optional.empty());
        Ticket ticket = store.find(opened.ticket().id()).orElseThrow();
        Message reply = reply(ticket, Instant.parse("2026-11-27T16:50:00Z"));

        TicketChange stamped = ticket.withMessage(reply, StoredTickets.MADRID);
        store.addMessage(reply, stamped, Optional.empty());

        Ticket stored = store.find(ticket.id()).orElseThrow();
        assertThat(stored.sla()).isInstanceOf(SlaState.Met.class);
        assertThat(stored.sla().firstResponse().orElseThrow().businessResponseTime()).isEqualTo(Duration.ofMinutes(20));
        assertThat(stored.version()).isEqualTo(ticket.version() + 1);
        assertThat(store.conversation(ticket.id())).containsExactly(reply);
        assertThat(store.history(ticket.id())).extracting(AnnouncementRecord::detailType)
                .containsExactly("Ticket Received", "Ticket Status Changed", "First Response Recorded", "Support Replied");
        assertThat(awaitingSweep(Set.of(ticket.id()))).isEmpty();
    }

    @Test
    void a_transaction_that_fails_writes_neither_the_change_nor_its_message_nor_its_announcement() {
        TicketChange opened = StoredTickets.incident(StoredTickets.direct(Plan.ENTERPRISE), Severity.MAJOR, FRIDAY_1730_MADRID);
        store.create(opened, Optional.empty());
        Ticket readBefore = store.find(opened.ticket().id()).orElseThrow();
        // Someone else's reply moves the ticket to the next version...
        Message otherReply = reply(readBefore, FRIDAY_1730_MADRID.plusSeconds(30));
        store.addMessage(otherReply, readBefore.withMessage(otherReply, StoredTickets.MADRID), Optional.empty());
        Ticket afterOther = store.find(readBefore.id()).orElseThrow();
        Message lateReply = reply(readBefore, FRIDAY_1730_MADRID.plusSeconds(10));
        TicketChange decidedOnStaleRead = readBefore.withMessage(lateReply, StoredTickets.MADRID);

        assertThatThrownBy(() -> store.addMessage(lateReply, decidedOnStaleRead, Optional.empty()))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(store.find(readBefore.id())).contains(afterOther);
        assertThat(store.findMessage(readBefore.id(), lateReply.id())).isEmpty();
        assertThat(store.history(readBefore.id())).hasSize(4);
    }

    @Test
    void the_support_queue_index_orders_critical_major_minor_then_questions_oldest_first() {
        Account account = StoredTickets.direct(Plan.ENTERPRISE);
        Ticket question = created(StoredTickets.question(account, FRIDAY_1730_MADRID.minus(Duration.ofDays(3))));
        Ticket minor = created(StoredTickets.incident(account, Severity.MINOR, FRIDAY_1730_MADRID.minus(Duration.ofDays(2))));
        Ticket criticalLater = created(StoredTickets.incident(account, Severity.CRITICAL, FRIDAY_1730_MADRID.plusSeconds(1)));
        Ticket criticalEarlier = created(StoredTickets.incident(account, Severity.CRITICAL, FRIDAY_1730_MADRID));
        Ticket major = created(StoredTickets.incident(account, Severity.MAJOR, FRIDAY_1730_MADRID.minus(Duration.ofDays(1))));
        Ticket accountRequest = created(StoredTickets.accountRequest(account, FRIDAY_1730_MADRID.minus(Duration.ofDays(4))));
        Set<String> ours = Stream.of(question, minor, criticalLater, criticalEarlier, major, accountRequest)
                .map(Ticket::id).collect(Collectors.toSet());

        List<String> queue = new DynamoTicketLists(new DeskTable(desk.tableName("DeskTable"), desk.client()))
                .queue(TicketStatus.NEW, Optional.empty(), 1_000).entries().stream()
                .map(entry -> entry.ticket().id()).filter(ours::contains).toList();

        assertThat(queue).containsExactly(criticalEarlier.id(), criticalLater.id(), major.id(), minor.id(), question.id());
    }

    @Test
    void only_tickets_under_a_contractual_target_await_the_sweep_keyed_by_their_at_risk_checkpoint() {
        Account indirect = StoredTickets.indirect();
        Ticket contractual = created(StoredTickets.incident(StoredTickets.direct(Plan.ENTERPRISE), Severity.MAJOR, FRIDAY_1730_MADRID));
        Ticket noTarget = created(StoredTickets.openedDirectlyByIndirectAccount(indirect, FRIDAY_1730_MADRID));
        Ticket customerSuccess = created(StoredTickets.accountRequest(indirect, FRIDAY_1730_MADRID));

        Map<String, String> awaiting = awaitingSweep(Set.of(contractual.id(), noTarget.id(), customerSuccess.id()));

        // 75% of Enterprise's 2 h from Friday 17:30 Madrid: 30 min Friday, 60 min Monday: Mon 09:00 Madrid.
        assertThat(awaiting).containsExactly(Map.entry(contractual.id(), "2026-11-30T08:00:00.000Z#" + contractual.id()));
    }

    private Ticket created(TicketChange opened) {
        store.create(opened, Optional.empty());
        return opened.ticket();
    }

    private Map<String, String> awaitingSweep(Set<String> ticketIds) {
        return desk.client().queryPaginator(q -> q.tableName(desk.tableName("DeskTable"))
                        .indexName("AwaitingFirstResponse")
                        .keyConditionExpression("slaPk = :awaiting")
                        .expressionAttributeValues(Map.of(":awaiting", AttributeValue.fromS("AWAITING"))))
                .items().stream()
                .filter(item -> ticketIds.contains(item.get("pk").s().substring("TICKET#".length())))
                .collect(Collectors.toMap(item -> item.get("pk").s().substring("TICKET#".length()), item -> item.get("slaCheckpoint").s()));
    }

    private static Message reply(Ticket ticket, Instant at) {
        return new Message(Message.newId(at, new Random(at.toEpochMilli())), ticket.id(), AGENT, "Here is the fix",
                Visibility.PUBLIC, false, at);
    }

    private static IdempotencyRecord record(Ticket ticket, String key, Instant expiresAt) {
        return new IdempotencyRecord("scope-" + ticket.accountId(), key, "fingerprint", ticket.id(), expiresAt);
    }
}
