package desk.store;

import desk.bank.BankEvent;
import desk.bank.BankHolder;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.bank.TicketCharge;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where hour banks live: one bank per holder and contract year with its ledger and its
 * announcements, and per ticket what it has been charged so far. A bank's settlements are written
 * in one transaction: the bank's new state under the version it was read at, its entries, their
 * announcements and each ticket's new charge under its own version.
 */
public interface HourBanks {
    /** DynamoDB's limit on the items of one transaction. */
    int MAX_ITEMS_PER_WRITE = 100;

    Optional<HourBank> find(BankHolder holder, long contractYear);

    Optional<TicketCharge> chargeOf(String ticketId);

    /**
     * Writes one bank's settlements, all or nothing.
     *
     * @throws ConcurrentUpdateException the bank or a ticket's charge changed since it was read; read and settle again
     * @throws StoreUnavailableException the database refused or did not answer in time; nothing was written
     */
    void write(BankWrite write);

    /** The ledger of one contract year, newest first, up to {@code limit} entries before sequence {@code before}. */
    LedgerPage ledger(BankHolder holder, long contractYear, Optional<Long> before, int limit);

    /** One entry with the announcements it gives. */
    record Settled(LedgerEntry entry, List<BankEvent> announcements) {
        public Settled {
            Objects.requireNonNull(entry, "entry");
            announcements = List.copyOf(announcements);
        }

        int items() {
            return 1 + announcements.size();
        }
    }

    /**
     * One transaction's worth of a bank's settlements: {@code bank} as it is after them, written
     * under {@code readVersion} (0: not stored yet), the entries in sequence order, and the charge of
     * each ticket they settle (at most one per ticket, under the version it was read at).
     */
    record BankWrite(HourBank bank, long readVersion, List<Settled> settled, List<TicketCharge> charges) {
        public BankWrite {
            Objects.requireNonNull(bank, "bank");
            settled = List.copyOf(settled);
            charges = List.copyOf(charges);
            if (settled.isEmpty()) {
                throw new IllegalArgumentException("a bank write carries at least one entry");
            }
            if (readVersion + settled.size() != bank.version()) {
                throw new IllegalArgumentException("the bank's version counts its entries: " + readVersion + " + "
                        + settled.size() + " is not " + bank.version());
            }
            if (charges.stream().map(TicketCharge::ticketId).distinct().count() != charges.size()) {
                throw new IllegalArgumentException("a transaction writes each ticket's charge once");
            }
            if (items(settled, charges.size()) > MAX_ITEMS_PER_WRITE) {
                throw new IllegalArgumentException("a transaction holds at most " + MAX_ITEMS_PER_WRITE + " items");
            }
        }

        /** The items a write of these settlements and charges takes: the bank, each entry with its announcements, each charge. */
        public static int items(List<Settled> settled, int charges) {
            return 1 + settled.stream().mapToInt(Settled::items).sum() + charges;
        }
    }

    /**
     * A page of a ledger, newest first; {@code nextBefore} is where the next page starts (the
     * {@code before} of the next call), empty on the last page.
     */
    record LedgerPage(List<LedgerEntry> entries, Optional<Long> nextBefore) {
        public LedgerPage {
            entries = List.copyOf(entries);
            Objects.requireNonNull(nextBefore, "nextBefore");
        }
    }
}
