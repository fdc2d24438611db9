package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.account.Account;
import desk.account.Plan;
import desk.conversation.Message;
import desk.conversation.Visibility;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.intake.IntakeContext;
import desk.intake.TicketIntake;
import desk.sla.FirstResponseTargets;
import desk.store.AnnouncementRecord;
import desk.store.ConcurrentUpdateException;
import desk.store.IdempotencyRecord;
import desk.ticket.Channel;
import desk.ticket.Ticket;
import desk.ticket.TicketChange;
import desk.ticket.TicketDecision;
import desk.ticket.TicketStatus;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/access-patterns.md on DynamoDB Local for the lifecycle: status, assignee and follow-up link
 * round-trip; support's work is written under the version it was read at with its idempotency
 * record; a message that changes nothing still needs the status it was decided on; a follow-up is
 * written whole (ticket, message, announcement, key) and leaves the closed ticket alone.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class TicketStoreKeepsTheLifecycleTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-24T09:00:00Z");
    private static final Random IDS = new Random(11);

    private DynamoTicketStore store;
    private DynamoIdempotencyRecords records;

    @BeforeEach
    void store(LocalDesk desk) {
        DeskTable table = new DeskTable(desk.tableName("DeskTable"), desk.client());
        this.store = new DynamoTicketStore(table, new Outbox("P7D"));
        this.records = new DynamoIdempotencyRecords(table);
    }

    @Test
    void status_assignee_and_the_work_announcements_are_stored_with_the_requests_key() {
        Ticket ticket = created(StoredTickets.question(StoredTickets.direct(Plan.ENTERPRISE), RECEIVED));
        TicketChange assigned = accepted(ticket.assignedTo(Optional.of("agent-9"), LATER));
        IdempotencyRecord key = new IdempotencyRecord("agent:agent-1", "assign-" + ticket.id(), "f", ticket.id(),
                LATER.plusSeconds(3600));

        store.update(assigned, Optional.of(key));

        Ticket stored = store.find(ticket.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(stored.assignee()).contains("agent-9");
        assertThat(stored.version()).isEqualTo(ticket.version() + 1);
        assertThat(store.history(ticket.id())).extracting(AnnouncementRecord::detailType)
                .containsExactly("Ticket Received", "Ticket Assigned", "Ticket Status Changed");
        assertThat(records.find(key.scope(), key.key())).map(IdempotencyRecord::resourceId).contains(ticket.id());
    }

    @Test
    void work_decided_on_a_stale_version_writes_nothing_not_even_its_key() {
        Ticket ticket = created(StoredTickets.question(StoredTickets.direct(Plan.ENTERPRISE), RECEIVED));
        store.update(accepted(ticket.withStatus(TicketStatus.OPEN, LATER)), Optional.empty());
        IdempotencyRecord key = new IdempotencyRecord("agent:agent-1", "stale-" + ticket.id(), "f", ticket.id(),
                LATER.plusSeconds(3600));

        assertThatThrownBy(() -> store.update(accepted(ticket.withStatus(TicketStatus.SOLVED, LATER)), Optional.of(key)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(store.find(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(records.find(key.scope(), key.key())).isEmpty();
    }

    @Test
    void a_message_that_changes_nothing_is_refused_when_the_status_it_was_decided_on_has_moved() {
        Ticket open = created(StoredTickets.question(StoredTickets.direct(Plan.ENTERPRISE), RECEIVED));
        store.update(accepted(open.withStatus(TicketStatus.OPEN, LATER)), Optional.empty());
        Ticket readOpen = store.find(open.id()).orElseThrow();
        Message customer = message(readOpen, readOpen.openedBy(), LATER.plusSeconds(60));
        TicketChange nothing = readOpen.withMessage(customer, StoredTickets.MADRID);
        // ... meanwhile an agent solves it: the customer's message must reopen it, not slip in unnoticed.
        store.update(accepted(readOpen.withStatus(TicketStatus.SOLVED, LATER.plusSeconds(30))), Optional.empty());

        assertThat(nothing.changed()).isFalse();
        assertThatThrownBy(() -> store.addMessage(customer, nothing, Optional.empty())).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.findMessage(open.id(), customer.id())).isEmpty();

        Ticket solved = store.find(open.id()).orElseThrow();
        TicketChange reopened = solved.withMessage(customer, StoredTickets.MADRID);
        store.addMessage(customer, reopened, Optional.empty());
        assertThat(store.find(open.id()).orElseThrow().status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void a_message_that_changes_nothing_does_not_touch_the_ticket_item() {
        Ticket ticket = created(StoredTickets.question(StoredTickets.direct(Plan.ENTERPRISE), RECEIVED));
        Message note = message(ticket, ticket.openedBy(), LATER);

        store.addMessage(note, ticket.withMessage(note, StoredTickets.MADRID), Optional.empty());

        assertThat(store.find(ticket.id())).contains(ticket);
        assertThat(store.conversation(ticket.id())).containsExactly(note);
    }

    @Test
    void a_follow_up_is_stored_with_its_message_announcement_and_key_and_the_closed_ticket_is_untouched() {
        Account account = StoredTickets.direct(Plan.ENTERPRISE);
        Ticket ticket = created(StoredTickets.question(account, RECEIVED));
        store.update(accepted(ticket.withStatus(TicketStatus.SOLVED, LATER)), Optional.empty());
        store.update(accepted(store.find(ticket.id()).orElseThrow().withStatus(TicketStatus.CLOSED, LATER)), Optional.empty());
        Ticket storedClosed = store.find(ticket.id()).orElseThrow();
        String followUpId = UUID.randomUUID().toString();
        Message message = new Message(Message.newId(LATER.plusSeconds(600), IDS), followUpId, storedClosed.openedBy(), "Again",
                Visibility.PUBLIC, false, LATER.plusSeconds(600));
        TicketChange followUp = new TicketIntake(FirstResponseTargets.policyDefaults()).followUp(followUpId, storedClosed, message,
                Channel.WEB, new IntakeContext(account, storedClosed.openedBy(), Optional.empty()), StoredTickets.MADRID);
        IdempotencyRecord key = new IdempotencyRecord("account:x:y", "follow-" + followUpId, "f", followUpId + "/" + message.id(),
                LATER.plusSeconds(3600));

        store.openFollowUp(followUp, message, Optional.of(key));

        assertThat(store.find(followUpId)).contains(followUp.ticket());
        assertThat(store.find(followUpId).orElseThrow().followUpOf()).contains(ticket.id());
        assertThat(store.conversation(followUpId)).containsExactly(message);
        assertThat(store.history(followUpId)).extracting(AnnouncementRecord::detailType).containsExactly("Ticket Received");
        assertThat(store.find(ticket.id())).contains(storedClosed);
        assertThat(store.conversation(ticket.id())).isEmpty();
        assertThat(records.find(key.scope(), key.key())).isPresent();
        assertThatThrownBy(() -> store.openFollowUp(followUp, message, Optional.empty()))
                .as("a follow-up id is used once").isInstanceOf(ConcurrentUpdateException.class);
    }

    private Ticket created(TicketChange opened) {
        store.create(opened, Optional.empty());
        return store.find(opened.ticket().id()).orElseThrow();
    }

    private static TicketChange accepted(TicketDecision decision) {
        return ((TicketDecision.Accepted) decision).change();
    }

    private static Message message(Ticket ticket, Principal author, Instant at) {
        return new Message(Message.newId(at, IDS), ticket.id(), author, "Any news?", Visibility.PUBLIC, false, at);
    }
}
