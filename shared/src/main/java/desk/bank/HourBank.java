package desk.bank;

import desk.ticket.OwedReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One holder's support hours for one contract year: the allowance, the minutes used (charges less
 * refunds; negative only when a refund returns minutes charged in an earlier year), whether "bank
 * low" and "bank exhausted" were announced this year, and {@code version}, the number of entries
 * written (0: opened, not stored yet). The balance may go below zero: support never stops, and
 * the part of used beyond the allowance is overage.
 */
public record HourBank(
        BankHolder holder,
        ContractYear year,
        long allowanceMinutes,
        long usedMinutes,
        boolean lowAnnounced,
        boolean exhaustedAnnounced,
        long version) {

    public HourBank {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(year, "year");
        if (allowanceMinutes < 0 || version < 0) {
            throw new IllegalArgumentException("an allowance and a version are never negative");
        }
    }

    /** The bank of the contract year {@code at} falls in, as its first entry finds it: the full allowance. */
    public static HourBank open(SupportContract contract, Instant at) {
        return new HourBank(contract.holder(), contract.yearOf(at), contract.allowanceMinutes(), 0, false, false, 0);
    }

    /** The allowance less what is used; negative when overdrawn. */
    public long balanceMinutes() {
        return allowanceMinutes - usedMinutes;
    }

    /** The part of used beyond the allowance; never negative. */
    public long overageMinutes() {
        return Math.max(0, usedMinutes - allowanceMinutes);
    }

    /**
     * Settles a change of what ticket {@code ticketId} owes, from {@code owedBefore} (what it has
     * been charged so far) to {@code owedNow} (what the rule says now): one entry for the
     * difference, none when there is none, with the announcements due. {@code at} is the moment of
     * the change (from the event) and must fall in this bank's contract year.
     */
    public Settlement settle(String ticketId, long owedBefore, long owedNow, OwedReason reason, Instant at,
                             LowBalance low) {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(low, "low");
        if (owedBefore < 0 || owedNow < 0) {
            throw new IllegalArgumentException("what a ticket owes is never negative");
        }
        if (!year.contains(at)) {
            throw new IllegalArgumentException(at + " is outside contract year " + year.number() + " of this bank");
        }
        long difference = owedNow - owedBefore;
        if (difference == 0) {
            return new Settlement(this, Optional.empty(), List.of());
        }
        long used = usedMinutes + difference;
        long overageBefore = overageMinutes();
        long overageAfter = Math.max(0, used - allowanceMinutes);
        LedgerEntry entry = new LedgerEntry(version + 1, ticketId,
                difference > 0 ? LedgerEntry.Kind.CHARGE : LedgerEntry.Kind.REFUND, Math.abs(difference), reason,
                allowanceMinutes - used, Math.abs(overageAfter - overageBefore), at);
        long balance = entry.balanceAfter();
        boolean lowDue = !lowAnnounced && low.isLow(balance, allowanceMinutes);
        boolean exhaustedDue = !exhaustedAnnounced && balance <= 0;
        HourBank after = new HourBank(holder, year, allowanceMinutes, used,
                lowAnnounced || lowDue, exhaustedAnnounced || exhaustedDue, version + 1);

        List<BankEvent> announcements = new ArrayList<>();
        announcements.add(entry.kind() == LedgerEntry.Kind.CHARGE
                ? new BankEvent.HoursCharged(holder, year.number(), entry)
                : new BankEvent.HoursRefunded(holder, year.number(), entry));
        if (lowDue) {
            announcements.add(new BankEvent.BankLow(holder, year.number(), balance, allowanceMinutes, at));
        }
        if (exhaustedDue) {
            announcements.add(new BankEvent.BankExhausted(holder, year.number(), after.overageMinutes(), at));
        }
        return new Settlement(after, Optional.of(entry), List.copyOf(announcements));
    }

    /** The bank after a settlement, the entry to write with it (if any) and the announcements due. */
    public record Settlement(HourBank bank, Optional<LedgerEntry> entry, List<BankEvent> announcements) {
        public Settlement {
            Objects.requireNonNull(bank, "bank");
            Objects.requireNonNull(entry, "entry");
            announcements = List.copyOf(announcements);
        }
    }
}
