package desk.usecase;

import desk.account.Account;
import desk.account.Partner;
import desk.bank.BankHolder;
import desk.bank.HourBank;
import desk.bank.LowBalance;
import desk.bank.SupportContract;
import desk.bank.TicketCharge;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.ConcurrentUpdateException;
import desk.store.HourBanks;
import desk.store.HourBanks.BankWrite;
import desk.store.HourBanks.Settled;
import desk.store.PartnerStore;
import desk.store.StoreUnavailableException;
import desk.store.SupportContracts;
import desk.store.TicketStore;
import desk.ticket.OwedReason;
import desk.ticket.Ticket;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The hour deduction: settles a batch of "Ticket Owed Changed" announcements with the banks, off
 * the request path. Each change is settled once (a change at or below its ticket's
 * {@code settledThrough} is a duplicate) from what the ticket was charged so far to what it owes
 * now, on the bank of its holder (fixed by the ticket's first charge) for the contract year of
 * the change's moment. A holder without a contract is charged nothing; its ticket's next change
 * catches up, since what is settled is always {@code owed now - charged so far}.
 *
 * <p>Each bank is read once per batch and written in as few transactions as DynamoDB's 100 items
 * allow: the bank once, with every entry, announcement and ticket charge of the batch, so N charges
 * of one hot bank cost one conditional write of it, not N. A write that loses a race (another shard's
 * settler wrote the bank first) is settled again from a fresh read ({@code desk.write.attempts}
 * times); what still fails is reported from the first change not settled, for the stream to deliver
 * again.
 */
@Singleton
public class SettleHourBanks {
    private final HourBanks banks;
    private final SupportContracts contracts;
    private final TicketStore tickets;
    private final AccountStore accounts;
    private final PartnerStore partners;
    private final WriteAttempts attempts;
    private final LowBalance low;

    public SettleHourBanks(HourBanks banks, SupportContracts contracts, TicketStore tickets, AccountStore accounts,
                           PartnerStore partners, WriteAttempts attempts, @Value("${desk.bank.low-percent}") int lowPercent) {
        this.banks = banks;
        this.contracts = contracts;
        this.tickets = tickets;
        this.accounts = accounts;
        this.partners = partners;
        this.attempts = attempts;
        this.low = new LowBalance(lowPercent);
    }

    /** One "Ticket Owed Changed" announcement: the ticket, its sequence, when, and what the ticket owes after it. */
    public record OwedChange(String ticketId, long sequence, Instant occurredAt, long toMinutes, OwedReason reason) {
        public OwedChange {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(reason, "reason");
            if (sequence < 1 || toMinutes < 0) {
                throw new IllegalArgumentException("an owed change has a sequence from 1 and owes no negative minutes");
            }
        }
    }

    /**
     * What a batch did. {@code failedFrom} is the index of the first change not settled (it and
     * every change after it must be delivered again), empty when all were.
     */
    public record Report(int changes, int settled, int duplicates, int uncharged, int entriesWritten, int transactions,
                         int conflictRetries, long minutesCharged, long minutesRefunded, OptionalInt failedFrom,
                         Optional<String> failure) {

        public String summary() {
            String line = "hour-deduction: changes=%d settled=%d duplicates=%d uncharged=%d entries=%d transactions=%d conflictRetries=%d failed=%d"
                    .formatted(changes, settled, duplicates, uncharged, entriesWritten, transactions, conflictRetries,
                            failedFrom.isPresent() ? changes - failedFrom.getAsInt() : 0);
            return failure.map(why -> line + " (" + why + ")").orElse(line);
        }
    }

    /** Settles {@code changes}, in stream order. */
    public Report settle(List<OwedChange> changes) {
        Progress progress = new Progress(changes.size());
        int[] runs = {0};
        Optional<String> failure = Optional.empty();
        try {
            attempts.run(() -> {
                runs[0]++;
                new Batch(changes, progress).settle();
                return null;
            });
        } catch (ConcurrentUpdateException | StoreUnavailableException e) {
            failure = Optional.of(e.getMessage());
        }
        OptionalInt failedFrom = OptionalInt.empty();
        for (int i = 0; i < changes.size(); i++) {
            if (!progress.done[i]) {
                failedFrom = OptionalInt.of(i);
                break;
            }
        }
        return new Report(changes.size(), progress.settled, progress.duplicates, progress.uncharged, progress.entries,
                progress.transactions, Math.max(0, runs[0] - 1), progress.minutesCharged, progress.minutesRefunded, failedFrom, failedFrom.isPresent() ? failure : Optional.empty());
    }

    /** What survives a lost race: which changes are done for good, and the counts. */
    private static final class Progress {
        final boolean[] done;
        int settled;
        int duplicates;
        int uncharged;
        int entries;
        int transactions;
        long minutesCharged;
        long minutesRefunded;

        Progress(int size) {
            this.done = new boolean[size];
        }
    }

    /** One step of a bank's pending writes: the change it settles, its entry and announcements, the bank and charge after it. */
    private record Step(int change, Settled settled, HourBank bankAfter, TicketCharge chargeAfter) {}

    /** One attempt over the changes not done yet, on fresh reads. */
    private final class Batch {
        private final List<OwedChange> changes;
        private final Progress progress;
        private final Map<String, Optional<TicketCharge>> charges = new HashMap<>();
        private final Map<String, Long> chargeVersions = new HashMap<>();
        private final Map<String, Optional<BankHolder>> holders = new HashMap<>();
        private final Map<BankHolder, Optional<SupportContract>> contractOf = new HashMap<>();
        private final Map<String, HourBank> bankOf = new HashMap<>();
        private final Map<String, List<Step>> pending = new LinkedHashMap<>();
        private final Map<String, String> pendingBankOfTicket = new HashMap<>();
        private final List<Integer> settledWithoutEntry = new ArrayList<>();

        Batch(List<OwedChange> changes, Progress progress) {
            this.changes = changes;
            this.progress = progress;
        }

        void settle() {
            for (int i = 0; i < changes.size(); i++) {
                if (!progress.done[i]) {
                    settle(i, changes.get(i));
                }
            }
            flush();
        }

        private void settle(int index, OwedChange change) {
            Optional<TicketCharge> charge = charges.computeIfAbsent(change.ticketId(), this::readCharge);
            if (charge.filter(c -> c.hasSettled(change.sequence())).isPresent()) {
                finish(index);
                progress.duplicates++;
                return;
            }
            Optional<BankHolder> holder = charge.map(TicketCharge::holder)
                    .or(() -> holders.computeIfAbsent(change.ticketId(), SettleHourBanks.this::holderOf));
            Optional<SupportContract> contract = holder.flatMap(h -> contractOf.computeIfAbsent(h, contracts::find));
            if (contract.isEmpty()) {
                finish(index);
                progress.uncharged++;
                return;
            }
            long year = contract.get().yearOf(change.occurredAt()).number();
            String bankKey = holder.get().key() + "#" + year;
            String pendingBank = pendingBankOfTicket.get(change.ticketId());
            if (pendingBank != null && !pendingBank.equals(bankKey)) {
                flush(); // a ticket's charge is written by one bank's transactions at a time, in order
            }
            HourBank bank = bankOf.computeIfAbsent(bankKey, key -> banks.find(holder.get(), year)
                    .orElseGet(() -> HourBank.open(contract.get(), change.occurredAt())));
            TicketCharge before = charge.orElseGet(() -> TicketCharge.none(change.ticketId(), holder.get()));
            HourBank.Settlement settlement = bank.settle(change.ticketId(), before.chargedMinutes(), change.toMinutes(),
                    change.reason(), change.occurredAt(), low);
            if (settlement.entry().isEmpty()) {
                settledWithoutEntry.add(index); // done once what is pending before it is written
                return;
            }
            TicketCharge after = before.settled(change.sequence(), change.toMinutes(), year);
            charges.put(change.ticketId(), Optional.of(after));
            bankOf.put(bankKey, settlement.bank());
            pending.computeIfAbsent(bankKey, key -> new ArrayList<>())
                    .add(new Step(index, new Settled(settlement.entry().get(), settlement.announcements()), settlement.bank(), after));
            pendingBankOfTicket.put(change.ticketId(), bankKey);
        }

        private Optional<TicketCharge> readCharge(String ticketId) {
            Optional<TicketCharge> charge = banks.chargeOf(ticketId);
            charge.ifPresent(c -> chargeVersions.put(ticketId, c.version()));
            return charge;
        }

        /** Writes every bank's pending steps, each bank in as few transactions as the item limit allows. */
        private void flush() {
            for (List<Step> steps : pending.values()) {
                List<Step> chunk = new ArrayList<>();
                Set<String> ticketsInChunk = new HashSet<>();
                for (Step step : steps) {
                    List<Settled> settled = new ArrayList<>(chunk.stream().map(Step::settled).toList());
                    settled.add(step.settled());
                    int chargesIfAdded = ticketsInChunk.size() + (ticketsInChunk.contains(step.chargeAfter().ticketId()) ? 0 : 1);
                    if (!chunk.isEmpty() && BankWrite.items(settled, chargesIfAdded) > HourBanks.MAX_ITEMS_PER_WRITE) {
                        write(chunk);
                        chunk.clear();
                        ticketsInChunk.clear();
                    }
                    chunk.add(step);
                    ticketsInChunk.add(step.chargeAfter().ticketId());
                }
                write(chunk);
            }
            pending.clear();
            pendingBankOfTicket.clear();
            for (int index : settledWithoutEntry) {
                finish(index);
                progress.settled++;
            }
            settledWithoutEntry.clear();
        }

        private void write(List<Step> chunk) {
            Map<String, TicketCharge> lastCharge = new LinkedHashMap<>();
            for (Step step : chunk) {
                TicketCharge after = step.chargeAfter();
                lastCharge.put(after.ticketId(), new TicketCharge(after.ticketId(), after.holder(), after.chargedMinutes(),
                        after.settledThrough(), after.contractYear(), chargeVersions.getOrDefault(after.ticketId(), 0L)));
            }
            HourBank bank = chunk.getLast().bankAfter();
            long readVersion = chunk.getFirst().settled().entry().sequence() - 1;
            banks.write(new BankWrite(bank, readVersion, chunk.stream().map(Step::settled).toList(),
                    List.copyOf(lastCharge.values())));
            lastCharge.values().forEach(c -> chargeVersions.put(c.ticketId(), c.version() + 1));
            for (Step step : chunk) {
                finish(step.change());
                progress.settled++;
                long minutes = step.settled().entry().signedMinutes();
                if (minutes > 0) {
                    progress.minutesCharged += minutes;
                } else {
                    progress.minutesRefunded -= minutes;
                }
            }
            progress.entries += chunk.size();
            progress.transactions++;
        }

        private void finish(int index) {
            progress.done[index] = true;
        }
    }

    /** The holder of a ticket with no charge yet: by its account, and the opener's partner if a partner user opened it. */
    private Optional<BankHolder> holderOf(String ticketId) {
        Optional<Ticket> ticket = tickets.find(ticketId);
        if (ticket.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(ticket.get().accountId());
        Principal opener = ticket.get().openedBy();
        Optional<Partner> openersPartner = opener instanceof Principal.PartnerUser(String subject, String partnerId)
                ? partners.find(partnerId)
                : Optional.empty();
        return account.map(a -> BankHolder.of(a, opener, openersPartner));
    }
}
