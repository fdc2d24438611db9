package desk.bank;

import desk.ticket.SupportOwed;

import static desk.bank.BankFixtures.acmeContract;
import static desk.bank.BankFixtures.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.ticket.OwedReason;
import desk.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy: "what a ticket owes is a function of its state; every change of that amount is one
 * ledger entry", "a conversation is charged once, whatever retries or duplicate calls arrive",
 * "reclassifying a question as an incident refunds what it was charged; the reverse charges it",
 * and the bank is a ledger its balance can be rebuilt from. Random work logs, first responses,
 * QUESTION/INCIDENT reclassifications and retried changes on a few tickets of one contract year,
 * each settled from the ticket's recorded "charged so far" as the store will; the seed is in the
 * test's name.
 */
class TheLedgerAlwaysMatchesWhatTicketsOweTest {
    private static final Instant YEAR_START = madrid("2026-03-01T00:00");
    private static final long YEAR_SECONDS = 364L * 24 * 3600;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 60).boxed();
    }

    /** A ticket as the bank sees it: kind, engagement, work logs by id, and what it was charged so far. */
    private record BankedTicket(String id, Optional<TicketKind> kind, boolean engaged, Map<String, Duration> workLogs,
                                long chargedSoFar) {
        long owed() {
            Duration worked = workLogs.values().stream().reduce(Duration.ZERO, Duration::plus);
            return SupportOwed.minutes(kind, engaged, worked);
        }
    }

    /** A change to one ticket; applying it twice leaves the ticket as applying it once. */
    private sealed interface Change {
        String ticketId();

        OwedReason reason();

        BankedTicket applyTo(BankedTicket ticket);
    }

    private record LogWork(String ticketId, String logId, Duration worked) implements Change {
        public OwedReason reason() {
            return OwedReason.WORK_LOGGED;
        }

        public BankedTicket applyTo(BankedTicket t) {
            Map<String, Duration> logs = new LinkedHashMap<>(t.workLogs());
            logs.putIfAbsent(logId, worked);
            return new BankedTicket(t.id(), t.kind(), t.engaged(), logs, t.chargedSoFar());
        }
    }

    private record RespondFirst(String ticketId) implements Change {
        public OwedReason reason() {
            return OwedReason.FIRST_RESPONSE;
        }

        public BankedTicket applyTo(BankedTicket t) {
            return new BankedTicket(t.id(), t.kind(), true, t.workLogs(), t.chargedSoFar());
        }
    }

    private record Reclassify(String ticketId, TicketKind kind) implements Change {
        public OwedReason reason() {
            return OwedReason.RECLASSIFIED;
        }

        public BankedTicket applyTo(BankedTicket t) {
            return new BankedTicket(t.id(), Optional.of(kind), t.engaged(), t.workLogs(), t.chargedSoFar());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_balance_is_the_allowance_less_what_each_ticket_owes_after_any_sequence_of_changes(long seed) {
        checkedRun(seed);
    }

    @Test
    void the_seeds_reach_refunds_overage_retries_and_both_announcements() {
        List<Run> runs = seeds().map(TheLedgerAlwaysMatchesWhatTicketsOweTest::checkedRun).toList();

        assertThat(runs).anyMatch(run -> run.ledger().stream().anyMatch(e -> e.kind() == LedgerEntry.Kind.REFUND));
        assertThat(runs).anyMatch(run -> run.ledger().stream().anyMatch(e -> e.overageMinutes() > 0));
        assertThat(runs).anyMatch(run -> run.settlementsWithoutEntry() > 0);
        assertThat(runs).anyMatch(run -> run.announced().stream().anyMatch(BankEvent.BankLow.class::isInstance));
        assertThat(runs).anyMatch(run -> run.announced().stream().anyMatch(BankEvent.BankExhausted.class::isInstance));
    }

    private record Run(List<LedgerEntry> ledger, List<BankEvent> announced, int settlementsWithoutEntry) {}

    /** One seeded run, its properties checked. */
    private static Run checkedRun(long seed) {
        Random random = new Random(seed);
        SupportContract contract = acmeContract(random.nextInt(4));
        LowBalance low = new LowBalance(5 + random.nextInt(20));
        Map<String, BankedTicket> tickets = randomTickets(random);
        List<Change> changes = randomChanges(random, tickets);
        HourBank bank = HourBank.open(contract, YEAR_START);
        List<LedgerEntry> ledger = new ArrayList<>();
        List<BankEvent> announced = new ArrayList<>();
        boolean everLow = false;
        boolean everExhausted = false;
        int withoutEntry = 0;

        Instant at = YEAR_START;
        for (Change change : changes) {
            at = at.plusSeconds(1 + random.nextInt((int) (YEAR_SECONDS / (changes.size() + 1))));
            BankedTicket changed = change.applyTo(tickets.get(change.ticketId()));
            HourBank.Settlement settlement = bank.settle(changed.id(), changed.chargedSoFar(), changed.owed(),
                    change.reason(), at, low);
            tickets.put(changed.id(), new BankedTicket(changed.id(), changed.kind(), changed.engaged(),
                    changed.workLogs(), changed.owed()));
            bank = settlement.bank();
            settlement.entry().ifPresent(ledger::add);
            withoutEntry += settlement.entry().isEmpty() ? 1 : 0;
            announced.addAll(settlement.announcements());
            everLow |= low.isLow(bank.balanceMinutes(), bank.allowanceMinutes());
            everExhausted |= bank.balanceMinutes() <= 0;

            long owedByRule = tickets.values().stream().mapToLong(BankedTicket::owed).sum();
            assertThat(bank.balanceMinutes()).isEqualTo(contract.allowanceMinutes() - owedByRule);
            assertThat(bank.overageMinutes()).isNotNegative()
                    .isEqualTo(Math.max(0, bank.usedMinutes() - bank.allowanceMinutes()));
        }

        long replayed = contract.allowanceMinutes();
        long overage = 0;
        for (LedgerEntry entry : ledger) {
            replayed -= entry.signedMinutes();
            overage += entry.kind() == LedgerEntry.Kind.CHARGE ? entry.overageMinutes() : -entry.overageMinutes();
            assertThat(entry.balanceAfter()).isEqualTo(replayed);
            assertThat(overage).isEqualTo(Math.max(0, -replayed));
        }
        assertThat(replayed).isEqualTo(bank.balanceMinutes());
        assertThat(ledger).extracting(LedgerEntry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, bank.version()).boxed().toList());
        assertThat(announced).filteredOn(BankEvent.BankLow.class::isInstance).hasSize(everLow ? 1 : 0);
        assertThat(announced).filteredOn(BankEvent.BankExhausted.class::isInstance).hasSize(everExhausted ? 1 : 0);
        assertThat(announced).filteredOn(e -> e instanceof BankEvent.HoursCharged || e instanceof BankEvent.HoursRefunded)
                .hasSize(ledger.size());
        return new Run(ledger, announced, withoutEntry);
    }

    private static Map<String, BankedTicket> randomTickets(Random random) {
        Map<String, BankedTicket> tickets = new LinkedHashMap<>();
        int count = 1 + random.nextInt(6);
        for (int i = 1; i <= count; i++) {
            Optional<TicketKind> kind = switch (random.nextInt(5)) {
                case 0 -> Optional.empty();
                case 1 -> Optional.of(TicketKind.INCIDENT);
                case 2 -> Optional.of(TicketKind.ACCOUNT_REQUEST);
                default -> Optional.of(TicketKind.QUESTION);
            };
            tickets.put("t-" + i, new BankedTicket("t-" + i, kind, false, Map.of(), 0));
        }
        return tickets;
    }

    /** Random changes; about one in four is a retry of the change just made or of an earlier work log. */
    private static List<Change> randomChanges(Random random, Map<String, BankedTicket> tickets) {
        List<String> ids = List.copyOf(tickets.keySet());
        List<Change> changes = new ArrayList<>();
        List<LogWork> logs = new ArrayList<>();
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            if (!changes.isEmpty() && random.nextInt(4) == 0) {
                changes.add(logs.isEmpty() || random.nextBoolean()
                        ? changes.getLast() : logs.get(random.nextInt(logs.size())));
                continue;
            }
            String ticketId = ids.get(random.nextInt(ids.size()));
            Change change = switch (random.nextInt(4)) {
                case 0 -> new RespondFirst(ticketId);
                case 1 -> new Reclassify(ticketId, random.nextBoolean() ? TicketKind.QUESTION : TicketKind.INCIDENT);
                default -> new LogWork(ticketId, "log-" + i, Duration.ofSeconds(random.nextInt(40 * 60)));
            };
            if (change instanceof LogWork log) {
                logs.add(log);
            }
            changes.add(change);
        }
        return changes;
    }
}
