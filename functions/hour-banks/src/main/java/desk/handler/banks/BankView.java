package desk.handler.banks;

import desk.api.LocalTimes;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.store.HourBanks;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;
import java.util.List;

/**
 * One contract year of an hour bank as the API shows it: the allowance, what is used, what
 * remains of the allowance, what went beyond it (overage), whether "bank low" and "bank
 * exhausted" were announced this year, and a page of the ledger, newest first. Minutes throughout;
 * instants with the offset of the contract's zone.
 */
@Serdeable
public record BankView(
        String holder,
        String holderKind,
        String holderId,
        ContractYear contractYear,
        long allowanceMinutes,
        long usedMinutes,
        long remainingMinutes,
        long overageMinutes,
        boolean lowAnnounced,
        boolean exhaustedAnnounced,
        List<Entry> ledger,
        String nextCursor) {

    @Serdeable
    public record ContractYear(long number, String start, String end, String zone) {}

    /** A charge or a refund: its minutes (always positive), why, and the balance after it (negative when overdrawn). */
    @Serdeable
    public record Entry(long sequence, String ticketId, String kind, long minutes, String reason, long balanceAfter,
                        long overageMinutes, String at) {}

    static BankView of(HourBank bank, ZoneId zone, HourBanks.LedgerPage page, String nextCursor) {
        return new BankView(bank.holder().key(), bank.holder().kind(), bank.holder().id(),
                new ContractYear(bank.year().number(), local(bank.year().start(), zone), local(bank.year().end(), zone), zone.getId()),
                bank.allowanceMinutes(), bank.usedMinutes(), Math.max(0, bank.balanceMinutes()), bank.overageMinutes(),
                bank.lowAnnounced(), bank.exhaustedAnnounced(),
                page.entries().stream().map(entry -> entry(entry, zone)).toList(), nextCursor);
    }

    private static Entry entry(LedgerEntry entry, ZoneId zone) {
        return new Entry(entry.sequence(), entry.ticketId(), entry.kind().name(), entry.minutes(), entry.reason().name(),
                entry.balanceAfter(), entry.overageMinutes(), local(entry.at(), zone));
    }

    private static String local(java.time.Instant at, ZoneId zone) {
        return LocalTimes.format(at, zone);
    }
}
