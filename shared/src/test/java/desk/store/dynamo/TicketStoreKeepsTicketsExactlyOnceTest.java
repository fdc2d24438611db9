package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.account.Account;
import desk.account.Plan;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.ConcurrentUpdateException;
import desk.store.IdempotencyKeyTakenException;
import desk.store.IdempotencyRecord;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@ExtendWith(LocalDynamoDbExtension.class)
class TicketStoreKeepsTicketsExactlyOnceTest {
    private static final Instant FRIDAY_1730_MADRID = Instant.parse("2026-11-27T16:30:00Z");

    private DynamoTicketStore store;
    private LocalDesk desk;

    @BeforeEach
    void store(LocalDesk desk) {
        this.desk = desk;
        this.store = new DynamoTicketStore(new DeskTable(desk.tableName("DeskTable"), desk.client()));
    }

    @Test
    void every_shape_of_ticket_reads_back_equal_to_what_was_stored() {
        Account indirect = StoredTickets.indirect();
        List<Ticket> tickets = List.of(
                StoredTickets.incident(StoredTickets.direct(Plan.ENTERPRISE), Severity.CRITICAL, FRIDAY_1730_MADRID),
                StoredTickets.question(StoredTickets.direct(Plan.STARTER), Instant.parse("2026-11-28T10:00:00Z")),
                StoredTickets.integrationByPartner(indirect, Instant.parse("2026-12-07T15:00:00Z")),
                StoredTickets.accountRequest(indirect, FRIDAY_1730_MADRID),
                StoredTickets.openedDirectlyByIndirectAccount(indirect, FRIDAY_1730_MADRID));

        tickets.forEach(ticket -> store.create(ticket, Optional.empty()));

        assertThat(tickets).allSatisfy(ticket -> assertThat(store.find(ticket.id())).contains(ticket));
    }

    @Test
    void a_ticket_id_is_never_written_twice() {
        Ticket ticket = StoredTickets.question(StoredTickets.direct(Plan.PREMIUM), FRIDAY_1730_MADRID);
        store.create(ticket, Optional.empty());

        assertThatThrownBy(() -> store.create(ticket, Optional.empty())).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void a_taken_idempotency_key_refuses_the_second_ticket_and_writes_nothing_of_it() {
        Account account = StoredTickets.direct(Plan.PREMIUM);
        Ticket first = StoredTickets.question(account, FRIDAY_1730_MADRID);
        Ticket second = StoredTickets.question(account, FRIDAY_1730_MADRID.plusSeconds(5));
        store.create(first, Optional.of(record(first, "key-1", FRIDAY_1730_MADRID.plus(Duration.ofHours(24)))));

        assertThatThrownBy(() -> store.create(second, Optional.of(record(second, "key-1", FRIDAY_1730_MADRID.plus(Duration.ofHours(24))))))
                .isInstanceOf(IdempotencyKeyTakenException.class);
        assertThat(store.find(second.id())).isEmpty();
        assertThat(store.findIdempotency("scope-" + account.id(), "key-1")).get()
                .extracting(IdempotencyRecord::ticketId).isEqualTo(first.id());
    }

    @Test
    void an_expired_idempotency_record_not_yet_removed_by_ttl_may_be_taken_over() {
        Account account = StoredTickets.direct(Plan.PREMIUM);
        Ticket old = StoredTickets.question(account, FRIDAY_1730_MADRID);
        store.create(old, Optional.of(record(old, "key-2", FRIDAY_1730_MADRID.plusSeconds(60))));
        Ticket later = StoredTickets.question(account, FRIDAY_1730_MADRID.plus(Duration.ofDays(2)));

        store.create(later, Optional.of(record(later, "key-2", later.receivedAt().plus(Duration.ofHours(24)))));

        assertThat(store.find(later.id())).isPresent();
        assertThat(store.findIdempotency("scope-" + account.id(), "key-2")).get()
                .extracting(IdempotencyRecord::ticketId).isEqualTo(later.id());
    }

    @Test
    void the_support_queue_index_orders_critical_major_minor_then_questions_oldest_first() {
        Account account = StoredTickets.direct(Plan.ENTERPRISE);
        Ticket question = StoredTickets.question(account, FRIDAY_1730_MADRID.minus(Duration.ofDays(3)));
        Ticket minor = StoredTickets.incident(account, Severity.MINOR, FRIDAY_1730_MADRID.minus(Duration.ofDays(2)));
        Ticket criticalLater = StoredTickets.incident(account, Severity.CRITICAL, FRIDAY_1730_MADRID.plusSeconds(1));
        Ticket criticalEarlier = StoredTickets.incident(account, Severity.CRITICAL, FRIDAY_1730_MADRID);
        Ticket major = StoredTickets.incident(account, Severity.MAJOR, FRIDAY_1730_MADRID.minus(Duration.ofDays(1)));
        Ticket accountRequest = StoredTickets.accountRequest(account, FRIDAY_1730_MADRID.minus(Duration.ofDays(4)));
        Stream.of(question, minor, criticalLater, criticalEarlier, major, accountRequest).forEach(t -> store.create(t, Optional.empty()));
        Set<String> ours = Set.of(question.id(), minor.id(), criticalLater.id(), criticalEarlier.id(), major.id(), accountRequest.id());

        List<String> queue = desk.client().queryPaginator(q -> q.tableName(desk.tableName("DeskTable")).indexName("SupportQueue")
                        .keyConditionExpression("queuePk = :open")
                        .expressionAttributeValues(Map.of(":open", AttributeValue.fromS("OPEN"))))
                .items().stream().map(item -> item.get("id").s()).filter(ours::contains).toList();

        assertThat(queue).containsExactly(criticalEarlier.id(), criticalLater.id(), major.id(), minor.id(), question.id());
    }

    @Test
    void only_tickets_under_a_contractual_target_await_the_sweep_keyed_by_their_at_risk_checkpoint() {
        Account indirect = StoredTickets.indirect();
        Ticket contractual = StoredTickets.incident(StoredTickets.direct(Plan.ENTERPRISE), Severity.MAJOR, FRIDAY_1730_MADRID);
        Ticket noTarget = StoredTickets.openedDirectlyByIndirectAccount(indirect, FRIDAY_1730_MADRID);
        Ticket customerSuccess = StoredTickets.accountRequest(indirect, FRIDAY_1730_MADRID);
        Stream.of(contractual, noTarget, customerSuccess).forEach(t -> store.create(t, Optional.empty()));

        Map<String, String> awaiting = desk.client().queryPaginator(q -> q.tableName(desk.tableName("DeskTable"))
                        .indexName("AwaitingFirstResponse")
                        .keyConditionExpression("slaPk = :awaiting")
                        .expressionAttributeValues(Map.of(":awaiting", AttributeValue.fromS("AWAITING"))))
                .items().stream()
                .filter(item -> Set.of(contractual.id(), noTarget.id(), customerSuccess.id()).contains(item.get("pk").s().substring(7)))
                .collect(java.util.stream.Collectors.toMap(item -> item.get("pk").s().substring(7), item -> item.get("slaCheckpoint").s()));

        // 75% of Enterprise's 2 h from Friday 17:30 Madrid: 30 min Friday, 60 min Monday: Mon 09:00 Madrid.
        assertThat(awaiting).containsExactly(Map.entry(contractual.id(), "2026-11-30T08:00:00.000Z#" + contractual.id()));
    }

    private static IdempotencyRecord record(Ticket ticket, String key, Instant expiresAt) {
        return new IdempotencyRecord("scope-" + ticket.accountId(), key, "fingerprint", ticket.id(), expiresAt);
    }
}
