package desk.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.conversation.Message;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.AnnouncementRecord;
import desk.store.AccountStore;
import desk.store.ConcurrentUpdateException;
import desk.store.IdempotencyRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketDecision;
import desk.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Optimistic locking on DynamoDB Local: support's work decided on a version another writer has
 * since replaced is not written; it is read and decided again ({@code desk.write.attempts} times),
 * so neither change is lost, and when the attempts run out the race surfaces (the API's 503).
 */
@ExtendWith(LocalDynamoDbExtension.class)
class LostRacesAreDecidedAgainTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Principal AGENT = new Principal.SupportAgent("agent-marc");
    private static FunctionHarness harness;
    private static TicketStore store;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "ChangeStatusFunction");
        store = harness.bean(TicketStore.class);
        harness.bean(AccountStore.class).put(new Account("race-direct", "Race", Plan.ENTERPRISE, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void a_status_change_that_lost_the_race_to_an_assignment_is_decided_again_and_both_are_kept() {
        Ticket ticket = open();
        // The first write finds that an assignment (NEW -> OPEN) slipped in after the read.
        RacingStore racing = new RacingStore(1, stored -> ((TicketDecision.Accepted) stored
                .assignedTo(Optional.of("agent-lucia"), RECEIVED.plusSeconds(30))).change());

        WorkOutcome outcome = changeStatus(racing).change(AGENT, ticket.id(), Map.of("status", "SOLVED"), RECEIVED.plusSeconds(60),
                Optional.empty());

        assertThat(outcome).isInstanceOf(WorkOutcome.Changed.class);
        assertThat(racing.writes.get()).as("the lost write and the one decided again").isEqualTo(2);
        Ticket stored = store.find(ticket.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(stored.assignee()).contains("agent-lucia");
        assertThat(store.history(ticket.id())).extracting(AnnouncementRecord::detailType)
                .containsExactly("Ticket Received", "Ticket Assigned", "Ticket Status Changed", "Ticket Status Changed");
        assertThat(store.history(ticket.id()).getLast().detail()).containsEntry("fromStatus", "OPEN").containsEntry("sequence", 4L);
    }

    @Test
    void when_every_attempt_loses_its_race_the_conflict_surfaces_and_nothing_of_the_request_is_written() {
        Ticket ticket = open();
        RacingStore racing = new RacingStore(Integer.MAX_VALUE, stored -> ((TicketDecision.Accepted) stored
                .reclassifiedAs(stored.kind() == desk.ticket.TicketKind.QUESTION ? desk.ticket.TicketKind.INCIDENT
                        : desk.ticket.TicketKind.QUESTION, stored.kind() == desk.ticket.TicketKind.QUESTION
                        ? Optional.of(desk.ticket.Severity.MINOR) : Optional.empty(), RECEIVED.plusSeconds(30))).change());

        assertThatThrownBy(() -> changeStatus(racing).change(AGENT, ticket.id(), Map.of("status", "OPEN"),
                RECEIVED.plusSeconds(60), Optional.empty())).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(racing.writes.get()).isEqualTo(harness.context().getProperty("desk.write.attempts", Integer.class).orElseThrow());
        assertThat(store.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.NEW);
    }

    private static ChangeTicketStatus changeStatus(TicketStore racing) {
        return new ChangeTicketStatus(new TicketWork(racing, harness.bean(TicketAccess.class),
                harness.bean(IdempotentRequests.class), harness.bean(WriteAttempts.class)));
    }

    private static Ticket open() {
        var outcome = harness.bean(OpenTicket.class).open(new Principal.CustomerUser("user-1", "race-direct"),
                Map.of("kind", "QUESTION", "subject", "Prices", "description", "Which setting?"), RECEIVED, Optional.empty());
        return ((OpenTicket.Outcome.Created) outcome).ticket();
    }

    /** The real store, but before each of the first {@code races} updates another writer changes the ticket. */
    private static final class RacingStore implements TicketStore {
        private final int races;
        private final java.util.function.Function<Ticket, TicketChange> rival;
        final AtomicInteger writes = new AtomicInteger();

        RacingStore(int races, java.util.function.Function<Ticket, TicketChange> rival) {
            this.races = races;
            this.rival = rival;
        }

        @Override
        public void update(TicketChange change, Optional<IdempotencyRecord> idempotency) {
            if (writes.incrementAndGet() <= races) {
                store.update(rival.apply(store.find(change.ticket().id()).orElseThrow()));
            }
            store.update(change, idempotency);
        }

        @Override
        public void create(TicketChange opened, Optional<IdempotencyRecord> idempotency) {
            store.create(opened, idempotency);
        }

        @Override
        public void addMessage(Message message, TicketChange change, Optional<IdempotencyRecord> idempotency) {
            store.addMessage(message, change, idempotency);
        }

        @Override
        public void openFollowUp(TicketChange opened, Message message, Optional<IdempotencyRecord> idempotency) {
            store.openFollowUp(opened, message, idempotency);
        }

        @Override
        public void logWork(desk.ticket.WorkLog log, TicketChange change, Optional<IdempotencyRecord> idempotency) {
            store.logWork(log, change, idempotency);
        }

        @Override
        public Optional<desk.ticket.WorkLog> findWorkLog(String ticketId, String logId) {
            return store.findWorkLog(ticketId, logId);
        }

        @Override
        public Optional<Ticket> find(String ticketId) {
            return store.find(ticketId);
        }

        @Override
        public Optional<Message> findMessage(String ticketId, String messageId) {
            return store.findMessage(ticketId, messageId);
        }

        @Override
        public List<Message> conversation(String ticketId) {
            return store.conversation(ticketId);
        }

        @Override
        public List<AnnouncementRecord> history(String ticketId) {
            return store.history(ticketId);
        }
    }
}
