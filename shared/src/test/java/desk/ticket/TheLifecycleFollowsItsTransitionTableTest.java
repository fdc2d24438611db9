package desk.ticket;

import static desk.ticket.Tickets.AGENT;
import static desk.ticket.Tickets.MADRID;
import static desk.ticket.Tickets.madrid;
import static desk.ticket.Tickets.message;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import desk.conversation.Message;
import desk.conversation.Visibility;
import desk.identity.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Policy, "Tickets": new -> open -> waiting on customer -> solved -> closed, a requester's message
 * reopens a solved ticket, closed is final, every transition is announced. Seeded random walks over
 * every action (status, assignment, classification, messages of each kind and author) check that
 * the status only ever moves along {@link TicketStatus}'s table, that whatever the table refuses is
 * refused, that nothing leaves CLOSED, and that each change is announced exactly once in a gapless
 * sequence.
 */
class TheLifecycleFollowsItsTransitionTableTest {
    private static final Instant START = madrid("2026-11-23T10:00");
    private static final Principal OTHER_AGENT = new Principal.SupportAgent("agent-2");

    @Test
    void the_table_is_the_policys_lifecycle_and_closed_is_final() {
        assertThat(TicketStatus.NEW.allowedNext()).containsExactly(TicketStatus.OPEN, TicketStatus.SOLVED);
        assertThat(TicketStatus.OPEN.allowedNext()).containsExactly(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.SOLVED);
        assertThat(TicketStatus.WAITING_ON_CUSTOMER.allowedNext()).containsExactly(TicketStatus.OPEN, TicketStatus.SOLVED);
        assertThat(TicketStatus.SOLVED.allowedNext()).containsExactly(TicketStatus.OPEN, TicketStatus.CLOSED);
        assertThat(TicketStatus.CLOSED.allowedNext()).isEmpty();
        assertThat(EnumSet.allOf(TicketStatus.class)).filteredOn(TicketStatus::isFinal).containsExactly(TicketStatus.CLOSED);
    }

    @Test
    void setting_the_current_status_again_changes_and_announces_nothing() {
        Ticket open = Tickets.movedThrough(ticket(), START, TicketStatus.OPEN);

        TicketChange again = Tickets.accepted(open.withStatus(TicketStatus.OPEN, START.plusSeconds(60)));

        assertThat(again.changed()).isFalse();
        assertThat(again.announcements()).isEmpty();
        assertThat(again.ticket()).isEqualTo(open);
    }

    @Test
    void a_transition_outside_the_table_is_a_conflict_naming_status_the_current_one_and_the_allowed_next() {
        Ticket open = Tickets.movedThrough(ticket(), START, TicketStatus.OPEN);

        TicketDecision decision = open.withStatus(TicketStatus.CLOSED, START.plusSeconds(60));

        assertThat(decision).isInstanceOfSatisfying(TicketDecision.Conflict.class, conflict -> {
            assertThat(conflict.problem().field()).isEqualTo("status");
            assertThat(conflict.problem().problem()).contains("OPEN", "CLOSED", "WAITING_ON_CUSTOMER, SOLVED");
            assertThat(conflict.current()).isEqualTo(TicketStatus.OPEN);
            assertThat(conflict.allowed()).containsExactly(TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.SOLVED);
        });
    }

    @Test
    void an_agent_changing_the_status_is_announced_with_from_to_and_why() {
        Ticket open = Tickets.movedThrough(ticket(), START, TicketStatus.OPEN);

        TicketChange waiting = Tickets.accepted(open.withStatus(TicketStatus.WAITING_ON_CUSTOMER, START.plusSeconds(60)));

        assertThat(waiting.ticket().status()).isEqualTo(TicketStatus.WAITING_ON_CUSTOMER);
        assertThat(waiting.announcements()).singleElement().satisfies(a -> {
            assertThat(a.event().detailType()).isEqualTo("Ticket Status Changed");
            assertThat(a.detail()).containsEntry("fromStatus", "OPEN").containsEntry("toStatus", "WAITING_ON_CUSTOMER")
                    .containsEntry("reason", "SET_BY_SUPPORT").containsEntry("sequence", open.announced() + 1);
            assertThat(a.occurredAt()).isEqualTo(START.plusSeconds(60));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
    void a_random_walk_of_every_action_only_moves_along_the_table_and_announces_each_change_once(long seed) {
        Random random = new Random(seed);
        Ticket ticket = ticket();
        Ticket current = ticket;
        List<Announcement> announced = new ArrayList<>();
        Instant at = START;

        for (int step = 0; step < 300; step++) {
            at = at.plus(Duration.ofMinutes(1 + random.nextInt(30)));
            Ticket before = current;
            Outcome outcome = act(random, before, at);

            switch (outcome) {
                case Outcome.Changed(TicketChange change) -> {
                    List<TicketEvent.StatusChanged> moves = change.announcements().stream()
                            .map(Announcement::event)
                            .filter(TicketEvent.StatusChanged.class::isInstance).map(TicketEvent.StatusChanged.class::cast)
                            .toList();
                    assertThat(before.status()).as("nothing changes a closed ticket").isNotEqualTo(TicketStatus.CLOSED);
                    if (change.ticket().status() == before.status()) {
                        assertThat(moves).as("a status that stays is not announced").isEmpty();
                    } else {
                        assertThat(before.status().allowedNext()).as("seed %d step %d", seed, step).contains(change.ticket().status());
                        assertThat(moves).as("each transition is announced exactly once").singleElement()
                                .satisfies(move -> {
                                    assertThat(move.from()).isEqualTo(before.status());
                                    assertThat(move.to()).isEqualTo(change.ticket().status());
                                });
                    }
                    if (!change.ticket().assignee().equals(before.assignee())) {
                        assertThat(change.announcements()).filteredOn(a -> a.event() instanceof TicketEvent.Assigned).hasSize(1);
                    }
                    if (change.ticket().kind() != before.kind() || !change.ticket().severity().equals(before.severity())) {
                        assertThat(change.announcements()).filteredOn(a -> a.event() instanceof TicketEvent.Reclassified).hasSize(1);
                    }
                    assertThat(change.announcements()).as("a change is announced").isNotEmpty();
                    assertThat(change.ticket().deadline()).as("nothing here moves the deadline").isEqualTo(before.deadline());
                    announced.addAll(change.announcements());
                    current = change.ticket();
                }
                case Outcome.Unchanged(TicketChange change) -> {
                    assertThat(change.announcements()).isEmpty();
                    assertThat(change.ticket()).isEqualTo(before);
                }
                case Outcome.StatusRefused(TicketStatus asked, TicketDecision.Conflict conflict) -> {
                    assertThat(before.status().mayBecome(asked)).as("only what the table refuses is refused").isFalse();
                    assertThat(asked).isNotEqualTo(before.status());
                    assertThat(conflict.current()).isEqualTo(before.status());
                    assertThat(conflict.allowed()).containsExactlyElementsOf(before.status().allowedNext());
                }
                case Outcome.Refused(TicketDecision decision) -> assertThat(decision).isNotInstanceOf(TicketDecision.Accepted.class);
                case Outcome.FollowUp() -> assertThat(before.status()).isEqualTo(TicketStatus.CLOSED);
            }
        }

        assertThat(announced).extracting(Announcement::sequence).as("gapless, each once")
                .containsExactlyElementsOf(LongStream.rangeClosed(ticket.announced() + 1, current.announced()).boxed().toList());
        assertThat(announced).extracting(Announcement::eventId).doesNotHaveDuplicates();
    }

    @Test
    void every_walk_reaches_closed_and_stays_there() {
        Random random = new Random(99);
        Ticket current = Tickets.movedThrough(ticket(), START, TicketStatus.SOLVED, TicketStatus.CLOSED);
        Instant at = START;

        for (int step = 0; step < 200; step++) {
            at = at.plusSeconds(60);
            if (act(random, current, at) instanceof Outcome.Changed(TicketChange change)) {
                current = change.ticket();
            }
        }

        assertThat(current.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(current.announced()).isEqualTo(Tickets.movedThrough(ticket(), START, TicketStatus.SOLVED, TicketStatus.CLOSED)
                .announced());
    }

    /** What one random action did. */
    private sealed interface Outcome {
        record Changed(TicketChange change) implements Outcome {}

        record Unchanged(TicketChange change) implements Outcome {}

        record StatusRefused(TicketStatus asked, TicketDecision.Conflict conflict) implements Outcome {}

        record Refused(TicketDecision decision) implements Outcome {}

        record FollowUp() implements Outcome {}
    }

    private static Outcome act(Random random, Ticket ticket, Instant at) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> {
                TicketStatus asked = TicketStatus.values()[random.nextInt(TicketStatus.values().length)];
                TicketDecision decision = ticket.withStatus(asked, at);
                yield decision instanceof TicketDecision.Conflict conflict
                        ? new Outcome.StatusRefused(asked, conflict) : decided(decision);
            }
            case 2 -> decided(ticket.assignedTo(List.of(Optional.<String>empty(), Optional.of("agent-1"), Optional.of("agent-2"))
                    .get(random.nextInt(3)), at));
            case 3 -> {
                int choice = random.nextInt(4);
                yield decided(choice == 3 ? ticket.reclassifiedAs(TicketKind.QUESTION, Optional.empty(), at)
                        : ticket.reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.values()[choice]), at));
            }
            default -> {
                Principal author = List.of(ticket.openedBy(), AGENT, OTHER_AGENT).get(random.nextInt(3));
                Visibility visibility = author instanceof Principal.SupportAgent && random.nextInt(4) == 0
                        ? Visibility.INTERNAL : Visibility.PUBLIC;
                Message message = message(ticket, author, visibility, random.nextInt(5) == 0, at);
                yield switch (ticket.destinationOf(message)) {
                    case MessageDestination.ThisTicket() -> {
                        TicketChange change = ticket.withMessage(message, MADRID);
                        yield change.changed() ? new Outcome.Changed(change) : new Outcome.Unchanged(change);
                    }
                    case MessageDestination.FollowUp(Ticket closed) -> new Outcome.FollowUp();
                    case MessageDestination.Refused(TicketDecision.Conflict conflict) -> new Outcome.Refused(conflict);
                };
            }
        };
    }

    private static Outcome decided(TicketDecision decision) {
        return switch (decision) {
            case TicketDecision.Accepted(TicketChange change) when change.changed() -> new Outcome.Changed(change);
            case TicketDecision.Accepted(TicketChange change) -> new Outcome.Unchanged(change);
            default -> new Outcome.Refused(decision);
        };
    }

    private static Ticket ticket() {
        return Tickets.opened(Tickets.direct(Plan.ENTERPRISE), Tickets.customerOf(Tickets.direct(Plan.ENTERPRISE)),
                TicketKind.QUESTION, START).ticket();
    }
}
