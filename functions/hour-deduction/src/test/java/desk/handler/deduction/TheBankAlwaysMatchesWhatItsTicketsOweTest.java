package desk.handler.deduction;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.bank.TicketCharge;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.usecase.LogWork;
import desk.usecase.SettleHourBanks.OwedChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17, "Tests and figures": over seeded random sequences of first responses, work logs and
 * reclassifications on several tickets of one bank, their "Ticket Owed Changed" announcements
 * delivered to the hour deduction in random batches, in each ticket's order but interleaved across
 * tickets and with duplicates and redelivered batches mixed in (at-least-once delivery), the bank
 * always ends with used minutes equal to the sum of what each ticket owes by the policy's rule
 * (an engaged question max(15, minutes worked), an incident nothing), the ledger rebuilds the
 * balance entry by entry, and each ticket's charge so far is what it owes.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class TheBankAlwaysMatchesWhatItsTicketsOweTest {
    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z");
    private static final long SEED = 20261201;

    private static FunctionHarness harness;
    private static BankWorld world;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "HourDeductionFunction");
        world = new BankWorld(harness);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void random_work_and_reclassification_delivered_at_least_once_leave_the_bank_exact() {
        Random random = new Random(SEED);
        for (int round = 0; round < 8; round++) {
            // A small allowance, so that rounds run into overage too.
            Account account = world.direct();
            BankHolder holder = new BankHolder.AccountHolder(account.id());
            world.contract(holder, 1 + random.nextInt(3), LocalDate.parse("2026-01-01"));
            Principal customer = new Principal.CustomerUser("user-" + round, account.id());
            List<Ticket> tickets = new ArrayList<>();
            for (int i = 0; i < 2 + random.nextInt(4); i++) {
                tickets.add(world.question(customer, account.id(), START));
            }
            Map<String, Integer> delivered = new HashMap<>();
            List<OwedChange> sent = new ArrayList<>();
            Instant at = START;
            for (int step = 0; step < 25; step++) {
                at = at.plusSeconds(60 + random.nextInt(600));
                Ticket ticket = tickets.get(random.nextInt(tickets.size()));
                act(random, ticket, at);
                if (random.nextInt(3) == 0) {
                    deliver(random, tickets, delivered, sent);
                }
            }
            deliver(random, tickets, delivered, sent);
            // A redelivery of everything, as after a retried batch: nothing moves.
            world.deduction().settle(sent);

            assertExact(round, holder, tickets);
        }
    }

    private static void act(Random random, Ticket ticket, Instant at) {
        switch (random.nextInt(4)) {
            case 0 -> world.engage(ticket, at);
            case 1, 2 -> {
                String minutes = random.nextInt(4) == 0 ? (1 + random.nextInt(59)) + ".5" : Integer.toString(1 + random.nextInt(40));
                var outcome = harness.bean(LogWork.class).log(BankWorld.AGENT, ticket.id(),
                        Map.of("minutes", Double.parseDouble(minutes), "note", "Step"), at, Optional.empty());
                assertThat(outcome).isInstanceOf(LogWork.Outcome.Logged.class);
            }
            default -> {
                String kind = stored(ticket).kind().name().equals("QUESTION") ? "INCIDENT" : "QUESTION";
                world.reclassify(ticket, kind, at);
            }
        }
    }

    /**
     * Sends what the tickets announced since the last delivery, each ticket's in its order but
     * tickets interleaved at random, with some earlier changes sent again, in batches of random size.
     */
    private static void deliver(Random random, List<Ticket> tickets, Map<String, Integer> delivered, List<OwedChange> sent) {
        List<List<OwedChange>> pending = new ArrayList<>();
        for (Ticket ticket : tickets) {
            List<OwedChange> all = world.owedChanges(ticket);
            int from = delivered.getOrDefault(ticket.id(), 0);
            pending.add(new ArrayList<>(all.subList(from, all.size())));
            delivered.put(ticket.id(), all.size());
        }
        List<OwedChange> stream = new ArrayList<>();
        while (pending.stream().anyMatch(list -> !list.isEmpty())) {
            List<OwedChange> next = pending.get(random.nextInt(pending.size()));
            if (!next.isEmpty()) {
                stream.add(next.removeFirst());
            }
            if (!sent.isEmpty() && random.nextInt(5) == 0) {
                stream.add(sent.get(random.nextInt(sent.size()))); // a duplicate delivery
            }
        }
        for (int from = 0; from < stream.size(); ) {
            int to = Math.min(stream.size(), from + 1 + random.nextInt(8));
            world.deduction().settle(stream.subList(from, to));
            from = to;
        }
        sent.addAll(stream);
    }

    private static void assertExact(int round, BankHolder holder, List<Ticket> tickets) {
        long owed = 0;
        for (Ticket ticket : tickets) {
            Ticket now = stored(ticket);
            owed += now.owedMinutes();
            long charged = world.banks().chargeOf(ticket.id()).map(TicketCharge::chargedMinutes).orElse(0L);
            assertThat(charged).as("round %d: ticket %s charged what it owes", round, ticket.id()).isEqualTo(now.owedMinutes());
        }
        HourBank bank = world.banks().find(holder, 1).orElse(null);
        long used = bank == null ? 0 : bank.usedMinutes();
        assertThat(used).as("round %d: the bank's used minutes are what its tickets owe", round).isEqualTo(owed);

        List<LedgerEntry> ledger = bank == null ? List.of() : world.ledger(holder, 1);
        long balance = bank == null ? 0 : bank.allowanceMinutes();
        for (int i = 0; i < ledger.size(); i++) {
            LedgerEntry entry = ledger.get(i);
            assertThat(entry.sequence()).isEqualTo(i + 1);
            balance -= entry.signedMinutes();
            assertThat(entry.balanceAfter()).as("round %d: entry %d's balance", round, entry.sequence()).isEqualTo(balance);
        }
        assertThat(bank == null ? 0 : bank.balanceMinutes()).as("round %d: the ledger rebuilds the balance", round).isEqualTo(balance);
    }

    private static Ticket stored(Ticket ticket) {
        return harness.bean(TicketStore.class).find(ticket.id()).orElseThrow();
    }
}
