package desk.handler.deduction;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.bank.LedgerEntry;
import desk.bank.TicketCharge;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.HourBanks;
import desk.store.PartnerStore;
import desk.store.SupportContracts;
import desk.store.TicketStore;
import desk.ticket.OwedReason;
import desk.ticket.Ticket;
import desk.usecase.SettleHourBanks;
import desk.usecase.SettleHourBanks.OwedChange;
import desk.usecase.SettleHourBanks.Report;
import desk.usecase.WriteAttempts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One bank, settled by two stream shards at once (each ticket's changes come through one shard,
 * a bank's tickets through many): the settler that loses the race on the bank's version reads it
 * again and settles what is left, so both end exact, every change once, and the lost races are
 * counted as conflict retries.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class ConcurrentSettlersOfOneBankEndExactTest {
    private static final Instant ENGAGED = Instant.parse("2026-11-23T09:20:00Z");
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
    void a_settler_whose_bank_write_lost_the_race_reads_again_and_both_settlements_are_kept() {
        BankHolder holder = contracted();
        Account account = accountOf(holder);
        OwedChange ours = change(account, 0);
        OwedChange theirs = change(account, 1);
        AtomicBoolean raced = new AtomicBoolean();
        // Before our first write, another shard's settler charges the same bank.
        HourBanks racing = new RacingBanks(world.banks(), () -> {
            if (raced.compareAndSet(false, true)) {
                world.deduction().settle(List.of(theirs));
            }
        });

        Report report = settlerOn(racing).settle(List.of(ours));

        assertThat(report.conflictRetries()).isEqualTo(1);
        assertThat(report.settled()).isEqualTo(1);
        assertThat(world.ledger(holder, 1)).extracting(LedgerEntry::ticketId).containsExactly(theirs.ticketId(), ours.ticketId());
        assertThat(world.bank(holder, 1).usedMinutes()).isEqualTo(30);
    }

    @Test
    void two_concurrent_settlers_of_one_bank_both_end_exact_each_change_settled_once() throws Exception {
        BankHolder holder = contracted();
        Account account = accountOf(holder);
        List<List<OwedChange>> shards = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 40; i++) {
            shards.get(i % 2).add(change(account, i));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Report>>> settlers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (List<OwedChange> shard : shards) {
                settlers.add(pool.submit(() -> {
                    go.await();
                    List<Report> reports = new ArrayList<>();
                    for (int from = 0; from < shard.size(); from += 4) { // batches of 4, as a shard delivers them
                        reports.add(world.deduction().settle(shard.subList(from, from + 4)));
                    }
                    return reports;
                }));
            }
            go.countDown();
        }
        List<Report> reports = new ArrayList<>();
        for (Future<List<Report>> settler : settlers) {
            reports.addAll(settler.get());
        }

        assertThat(reports).allSatisfy(report -> assertThat(report.failedFrom()).isEmpty());
        assertThat(reports.stream().mapToInt(Report::settled).sum()).isEqualTo(40);
        List<LedgerEntry> ledger = world.ledger(holder, 1);
        assertThat(ledger).extracting(LedgerEntry::sequence).containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
        assertThat(ledger).extracting(LedgerEntry::ticketId).doesNotHaveDuplicates();
        assertThat(world.bank(holder, 1).usedMinutes()).isEqualTo(600);
        assertThat(ledger.getLast().balanceAfter()).isEqualTo(6000 - 600);
        System.out.printf("two settlers, 40 charges of one bank: %d transactions, %d conflict retries%n",
                reports.stream().mapToInt(Report::transactions).sum(), reports.stream().mapToInt(Report::conflictRetries).sum());
    }

    private static BankHolder contracted() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 100, LocalDate.parse("2026-03-01"));
        return holder;
    }

    private static Account accountOf(BankHolder holder) {
        return harness.bean(AccountStore.class).find(((BankHolder.AccountHolder) holder).accountId()).orElseThrow();
    }

    private static OwedChange change(Account account, int i) {
        Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), ENGAGED.minusSeconds(600));
        return new OwedChange(ticket.id(), 2, ENGAGED.plusSeconds(i), 15, OwedReason.FIRST_RESPONSE);
    }

    private static SettleHourBanks settlerOn(HourBanks banks) {
        return new SettleHourBanks(banks, harness.bean(SupportContracts.class), harness.bean(TicketStore.class),
                harness.bean(AccountStore.class), harness.bean(PartnerStore.class), harness.bean(WriteAttempts.class), 10);
    }

    /** The real store, but {@code rival} runs before every write. */
    private record RacingBanks(HourBanks banks, Runnable rival) implements HourBanks {
        @Override
        public Optional<desk.bank.HourBank> find(BankHolder holder, long contractYear) {
            return banks.find(holder, contractYear);
        }

        @Override
        public Optional<TicketCharge> chargeOf(String ticketId) {
            return banks.chargeOf(ticketId);
        }

        @Override
        public void write(BankWrite write) {
            rival.run();
            banks.write(write);
        }

        @Override
        public LedgerPage ledger(BankHolder holder, long contractYear, Optional<Long> before, int limit) {
            return banks.ledger(holder, contractYear, before, limit);
        }
    }
}
