package desk.handler.deduction;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.ticket.OwedReason;
import desk.ticket.Ticket;
import desk.usecase.SettleHourBanks.OwedChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17's property, through the hour deduction on DynamoDB Local: for seeded random histories
 * of owed changes on several tickets of one bank (each ticket's chain in order, interleaved),
 * delivered in random batches with duplicates and whole batches delivered again, the bank's used
 * minutes equal the sum of what each ticket owes at the end, each ticket's charge is what it owes,
 * and the ledger replays to the balance exactly.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class BanksMatchWhatTicketsOweForRandomDeliveriesTest {
    private static final Instant START = Instant.parse("2026-06-01T08:00:00Z");
    private static final long[] OWED = {0, 15, 15, 20, 45, 60, 90};
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

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {17L, 2026L, 424242L})
    void the_bank_equals_the_allowance_less_what_each_ticket_owes_and_the_ledger_rebuilds_it(long seed) {
        Random random = new Random(seed);
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 2, LocalDate.parse("2026-03-01"));
        Map<String, List<OwedChange>> chains = new LinkedHashMap<>();
        Map<String, Long> owedAtTheEnd = new HashMap<>();
        Instant at = START;
        for (int t = 0; t < 6; t++) {
            Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), START);
            List<OwedChange> chain = new ArrayList<>();
            long owed = 0;
            for (int sequence = 2; sequence < 2 + 3 + random.nextInt(6); sequence++) {
                long next = owed;
                while (next == owed) {
                    next = OWED[random.nextInt(OWED.length)];
                }
                at = at.plusSeconds(1 + random.nextInt(600));
                chain.add(new OwedChange(ticket.id(), sequence, at, next, OwedReason.values()[random.nextInt(3)]));
                owed = next;
            }
            chains.put(ticket.id(), chain);
            owedAtTheEnd.put(ticket.id(), owed);
        }
        List<OwedChange> stream = interleaveWithDuplicates(chains, random);

        int from = 0;
        while (from < stream.size()) {
            int to = Math.min(stream.size(), from + 1 + random.nextInt(8));
            List<OwedChange> batch = stream.subList(from, to);
            world.deduction().settle(batch);
            if (random.nextInt(4) == 0) {
                world.deduction().settle(batch); // Lambda delivers the batch again
            }
            from = to;
        }

        HourBank bank = world.bank(holder, 1);
        long owedInAll = owedAtTheEnd.values().stream().mapToLong(Long::longValue).sum();
        assertThat(bank.usedMinutes()).as("seed %d", seed).isEqualTo(owedInAll);
        owedAtTheEnd.forEach((ticket, owed) ->
                assertThat(world.banks().chargeOf(ticket).map(c -> c.chargedMinutes()).orElse(0L)).as(ticket).isEqualTo(owed));
        List<LedgerEntry> ledger = world.ledger(holder, 1);
        long balance = bank.allowanceMinutes();
        for (int i = 0; i < ledger.size(); i++) {
            balance -= ledger.get(i).signedMinutes();
            assertThat(ledger.get(i).sequence()).isEqualTo(i + 1);
            assertThat(ledger.get(i).balanceAfter()).isEqualTo(balance);
        }
        assertThat(balance).isEqualTo(bank.balanceMinutes());
        assertThat(bank.version()).isEqualTo(ledger.size());
    }

    /** Every chain in its own order, interleaved at random, with some changes repeated later (at-least-once delivery). */
    private static List<OwedChange> interleaveWithDuplicates(Map<String, List<OwedChange>> chains, Random random) {
        Map<String, Integer> next = new HashMap<>();
        List<String> open = new ArrayList<>(chains.keySet());
        List<OwedChange> stream = new ArrayList<>();
        while (!open.isEmpty()) {
            String ticket = open.get(random.nextInt(open.size()));
            int i = next.merge(ticket, 1, Integer::sum) - 1;
            stream.add(chains.get(ticket).get(i));
            if (i + 1 == chains.get(ticket).size()) {
                open.remove(ticket);
            }
            if (random.nextInt(5) == 0) {
                stream.add(stream.get(random.nextInt(stream.size())));
            }
        }
        return stream;
    }
}
