package desk.handler.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.sla.SlaState;
import desk.store.AccountStore;
import desk.store.AnnouncementRecord;
import desk.store.AwaitingTickets;
import desk.store.ConcurrentUpdateException;
import desk.store.TicketStore;
import desk.ticket.AwaitingTicket;
import desk.ticket.Ticket;
import desk.usecase.OpenTicket;
import desk.usecase.PostMessage;
import desk.usecase.SweepSlas;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy, "First-response SLA": the sweep announces a ticket at risk once at 75% of its target and
 * marks and announces a breach once when {@code dueAt} has passed without a response, on DynamoDB
 * Local. The worked example: Enterprise, received Fri 27 Nov 2026 17:30 Madrid, at risk Mon 09:00,
 * due Mon 09:30 (across the weekend).
 */
@ExtendWith(LocalDynamoDbExtension.class)
class TheSweepAnnouncesEachCheckpointOnceTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-27T16:30:00Z");
    private static final Instant AT_RISK = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-30T08:30:00Z");
    private static FunctionHarness harness;
    private static LocalDesk desk;

    @BeforeAll
    static void start(LocalDesk localDesk) {
        desk = localDesk;
        harness = FunctionHarness.of(desk, "SlaSweepFunction");
        harness.bean(AccountStore.class).put(new Account("sweep-enterprise", "Enterprise", Plan.ENTERPRISE, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void the_sample_schedule_at_monday_0900_30_announces_the_worked_example_at_risk_and_nothing_more_on_a_second_run() throws Exception {
        Ticket ticket = open(RECEIVED);
        SlaSweepHandler handler = new SlaSweepHandler(harness.context());
        ScheduledEvent sample = harness.bean(JsonMapper.class).readValue(
                Files.readString(desk.template().file().toAbsolutePath().getParent().resolve("events/sla-sweep.json")),
                Argument.of(ScheduledEvent.class));

        Map<String, Object> first = handler.handleRequest(sample, null);
        Map<String, Object> second = handler.handleRequest(sample, null);

        assertThat(first).containsEntry("now", "2026-11-30T08:00:30Z").containsEntry("complete", true);
        assertThat((Double) first.get("readCapacityUnits")).as("the index read's cost is measured").isPositive();
        assertThat((Integer) first.get("atRisk")).isPositive();
        assertThat(second).containsEntry("atRisk", 0).containsEntry("breached", 0);
        assertThat(types(ticket)).containsExactly("Ticket Received", "SLA At Risk");
    }

    @Test
    void a_second_before_a_checkpoint_nothing_a_second_after_one_announcement_and_again_nothing() {
        Ticket ticket = open(RECEIVED);
        SweepSlas sweep = harness.bean(SweepSlas.class);

        sweep.sweep(judging(AT_RISK.minusSeconds(1)), () -> true);
        List<String> beforeAtRisk = types(ticket);
        sweep.sweep(judging(AT_RISK.plusSeconds(1)), () -> true);
        sweep.sweep(judging(AT_RISK.plusSeconds(2)), () -> true);
        List<String> afterAtRisk = types(ticket);
        sweep.sweep(judging(DUE), () -> true);
        List<String> atDue = types(ticket);
        sweep.sweep(judging(DUE.plusSeconds(1)), () -> true);
        sweep.sweep(judging(DUE.plusSeconds(2)), () -> true);

        assertThat(beforeAtRisk).containsExactly("Ticket Received");
        assertThat(afterAtRisk).containsExactly("Ticket Received", "SLA At Risk");
        assertThat(atDue).as("a reply at dueAt is still in time").containsExactly("Ticket Received", "SLA At Risk");
        assertThat(types(ticket)).containsExactly("Ticket Received", "SLA At Risk", "SLA Breached");
        assertThat(stored(ticket).sla()).isEqualTo(new SlaState.Breached(Optional.empty()));
        assertThat(awaitingIds(DUE.plus(Duration.ofDays(365)))).doesNotContain(ticket.id());
    }

    @Test
    void a_sweep_that_comes_late_announces_both_checkpoints_in_order_dated_when_they_happened() {
        Ticket ticket = open(RECEIVED);

        harness.bean(SweepSlas.class).sweep(DUE.plus(Duration.ofHours(3)), () -> true);

        List<AnnouncementRecord> history = harness.bean(TicketStore.class).history(ticket.id());
        assertThat(history).extracting(AnnouncementRecord::detailType).containsExactly("Ticket Received", "SLA At Risk", "SLA Breached");
        assertThat(history.get(1).occurredAt()).isEqualTo(AT_RISK);
        assertThat(history.get(2).occurredAt()).isEqualTo(DUE.plusMillis(1));
    }

    @Test
    void a_ticket_answered_in_time_is_never_announced_breached() {
        Ticket ticket = open(RECEIVED);
        reply(ticket, DUE.minusSeconds(60));

        harness.bean(SweepSlas.class).sweep(DUE.plus(Duration.ofHours(1)), () -> true);

        // The answered question owes its bank the minimum quarter hour; no SLA announcement follows.
        assertThat(types(ticket)).containsExactly("Ticket Received", "Ticket Status Changed", "First Response Recorded",
                "Ticket Owed Changed", "Support Replied");
        assertThat(stored(ticket).sla()).isInstanceOf(SlaState.Met.class);
    }

    @Test
    void a_reply_stored_between_the_sweeps_read_and_its_write_makes_the_sweep_leave_the_ticket_alone() {
        Ticket ticket = open(RECEIVED);
        Instant late = DUE.plus(Duration.ofMinutes(5));
        AwaitingTicket read = harness.bean(AwaitingTickets.class).dueAt(late, Optional.empty(), 1000).tickets().stream()
                .filter(t -> t.ticketId().equals(ticket.id())).findFirst().orElseThrow();
        reply(ticket, DUE.minusSeconds(1));

        assertThatThrownBy(() -> harness.bean(AwaitingTickets.class).apply(read.at(late).orElseThrow()))
                .isInstanceOf(ConcurrentUpdateException.class);
        // The answered question owes its bank the minimum quarter hour; no SLA announcement follows.
        assertThat(types(ticket)).containsExactly("Ticket Received", "Ticket Status Changed", "First Response Recorded",
                "Ticket Owed Changed", "Support Replied");
    }

    @Test
    void two_sweeps_racing_over_five_hundred_due_tickets_announce_each_checkpoint_of_each_ticket_once() throws Exception {
        Instant received = RECEIVED.plus(Duration.ofDays(7)); // Fri 4 Dec 17:30: at risk Mon 7 Dec 09:00, due 09:30
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            tickets.add(open(received.plusMillis(i)));
        }
        Instant late = Instant.parse("2026-12-07T12:00:00Z");
        SweepSlas sweep = harness.bean(SweepSlas.class);
        List<Future<SweepSlas.SweepReport>> runs = new ArrayList<>();
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            runs.add(two.submit(() -> sweep.sweep(late, () -> true)));
            runs.add(two.submit(() -> sweep.sweep(late, () -> true)));
        }

        int breached = 0;
        for (Future<SweepSlas.SweepReport> run : runs) {
            assertThat(run.get().failedTicketIds()).isEmpty();
            breached += run.get().breached();
        }
        assertThat(tickets).allSatisfy(ticket -> assertThat(types(ticket))
                .containsExactly("Ticket Received", "SLA At Risk", "SLA Breached"));
        assertThat(breached).isEqualTo(500);
    }

    @Test
    void a_sweep_racing_five_hundred_replies_never_announces_a_breach_for_a_ticket_answered_in_time() throws Exception {
        // Received Fri 18 Dec 17:30 Madrid, due Mon 21 Dec 09:30; the sweep is scheduled a second after
        // dueAt while the replies, received at or before dueAt, are still being written. Every other
        // ticket gets no reply.
        Instant received = RECEIVED.plus(Duration.ofDays(21));
        Instant due = Instant.parse("2026-12-21T08:30:00Z");
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tickets.add(open(received.plusMillis(i)));
        }
        List<Ticket> answered = tickets.subList(0, 500);
        List<Future<?>> work = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService racers = Executors.newFixedThreadPool(9)) {
            work.add(racers.submit(() -> {
                go.await();
                return harness.bean(SweepSlas.class).sweep(due.plusSeconds(1), () -> true);
            }));
            // Replies in a seeded random order, so that they meet the sweep (which goes in checkpoint order) everywhere.
            List<Integer> order = new ArrayList<>(IntStream.range(0, answered.size()).boxed().toList());
            Collections.shuffle(order, new Random(15));
            for (int i : order) {
                Ticket ticket = answered.get(i);
                Instant inTime = due.minusMillis(i);
                work.add(racers.submit(() -> {
                    go.await();
                    reply(ticket, inTime);
                    return null;
                }));
            }
            go.countDown();
        }
        for (Future<?> done : work) {
            done.get();
        }
        SweepSlas.SweepReport later = harness.bean(SweepSlas.class).sweep(judging(due.plusSeconds(1)), () -> true);

        assertThat(answered).allSatisfy(ticket -> {
            assertThat(types(ticket)).doesNotContain("SLA Breached");
            assertThat(stored(ticket).sla()).isInstanceOf(SlaState.Met.class);
        });
        assertThat(tickets.subList(500, 1000)).allSatisfy(ticket -> assertThat(types(ticket)).endsWith("SLA Breached"));
        assertThat(later.failedTicketIds()).isEmpty();
    }

    @Test
    void a_sweep_out_of_time_stops_between_tickets_and_the_next_run_goes_on() {
        Ticket ticket = open(RECEIVED.plus(Duration.ofDays(14)));
        Instant late = Instant.parse("2026-12-14T12:00:00Z");

        SweepSlas.SweepReport outOfTime = harness.bean(SweepSlas.class).sweep(late, () -> false);
        SweepSlas.SweepReport next = harness.bean(SweepSlas.class).sweep(late, () -> true);

        assertThat(outOfTime.complete()).isFalse();
        assertThat(outOfTime.read()).isZero();
        assertThat(next.complete()).isTrue();
        assertThat(types(ticket)).containsExactly("Ticket Received", "SLA At Risk", "SLA Breached");
    }

    /** The scheduled time of a sweep that judges tickets as of {@code asOf} (it waits out the settle time). */
    private static Instant judging(Instant asOf) {
        return asOf.plus(harness.bean(SweepSlas.class).settleTime());
    }

    private static Ticket open(Instant receivedAt) {
        return ((OpenTicket.Outcome.Created) harness.bean(OpenTicket.class).open(new Principal.SupportAgent("agent-intake"),
                Map.of("accountId", "sweep-enterprise", "kind", "QUESTION", "subject", "Prices", "description", "Net prices?"),
                receivedAt, Optional.empty())).ticket();
    }

    private static void reply(Ticket ticket, Instant at) {
        assertThat(harness.bean(PostMessage.class).post(new Principal.SupportAgent("agent-lucia"), ticket.id(),
                Map.of("body", "Here is how"), at, Optional.empty())).isInstanceOf(PostMessage.Outcome.Posted.class);
    }

    private static List<String> types(Ticket ticket) {
        return harness.bean(TicketStore.class).history(ticket.id()).stream().map(AnnouncementRecord::detailType).toList();
    }

    private static Ticket stored(Ticket ticket) {
        return harness.bean(TicketStore.class).find(ticket.id()).orElseThrow();
    }

    private static List<String> awaitingIds(Instant upTo) {
        List<String> ids = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            AwaitingTickets.Page page = harness.bean(AwaitingTickets.class).dueAt(upTo, after, 500);
            page.tickets().forEach(t -> ids.add(t.ticketId()));
            after = page.next();
        } while (after.isPresent());
        return ids;
    }
}
