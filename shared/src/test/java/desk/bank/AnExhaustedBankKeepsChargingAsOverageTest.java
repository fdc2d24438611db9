package desk.bank;

import static desk.bank.BankFixtures.acmeContract;
import static desk.bank.BankFixtures.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.bank.LedgerEntry.Kind;
import desk.ticket.OwedReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Policy: "an exhausted bank does not stop support: the charge is recorded as overage"; "a bank
 * under 10% of its allowance is announced once per contract year"; every change of what a ticket
 * owes is one ledger entry, and a change that changes nothing is none.
 */
class AnExhaustedBankKeepsChargingAsOverageTest {
    private static final Instant AT = madrid("2026-06-01T10:00");
    private static final LowBalance TEN_PERCENT = LowBalance.POLICY;

    @Test
    void a_charge_beyond_the_allowance_is_recorded_with_its_overage_part_and_announces_exhaustion_once() {
        HourBank bank = HourBank.open(acmeContract(1), AT)
                .settle("t-1", 0, 50, OwedReason.WORK_LOGGED, AT, TEN_PERCENT).bank();

        HourBank.Settlement over = bank.settle("t-2", 0, 15, OwedReason.FIRST_RESPONSE, AT.plusSeconds(60), TEN_PERCENT);
        HourBank.Settlement further = over.bank().settle("t-2", 15, 30, OwedReason.WORK_LOGGED, AT.plusSeconds(120), TEN_PERCENT);

        assertThat(over.entry()).get().extracting(LedgerEntry::kind, LedgerEntry::minutes, LedgerEntry::balanceAfter,
                LedgerEntry::overageMinutes).containsExactly(Kind.CHARGE, 15L, -5L, 5L);
        assertThat(over.announcements()).hasExactlyElementsOfTypes(
                BankEvent.HoursCharged.class, BankEvent.BankLow.class, BankEvent.BankExhausted.class);
        assertThat(further.entry()).get().extracting(LedgerEntry::overageMinutes).isEqualTo(15L);
        assertThat(further.announcements()).hasExactlyElementsOfTypes(BankEvent.HoursCharged.class);
        assertThat(further.bank().overageMinutes()).isEqualTo(20);
    }

    @Test
    void a_bank_at_exactly_ten_percent_is_not_yet_low_and_one_minute_less_is() {
        HourBank atTen = HourBank.open(acmeContract(10), AT)
                .settle("t-1", 0, 540, OwedReason.WORK_LOGGED, AT, TEN_PERCENT).bank();

        HourBank.Settlement under = atTen.settle("t-1", 540, 541, OwedReason.WORK_LOGGED, AT.plusSeconds(60), TEN_PERCENT);

        assertThat(atTen.lowAnnounced()).isFalse();
        assertThat(under.announcements()).hasExactlyElementsOfTypes(BankEvent.HoursCharged.class, BankEvent.BankLow.class);
        assertThat(under.bank().lowAnnounced()).isTrue();
    }

    @Test
    void a_refund_out_of_overage_names_the_overage_part_it_returns() {
        HourBank overdrawn = HourBank.open(acmeContract(1), AT)
                .settle("t-1", 0, 75, OwedReason.WORK_LOGGED, AT, TEN_PERCENT).bank();

        HourBank.Settlement refund = overdrawn.settle("t-1", 75, 0, OwedReason.RECLASSIFIED, AT.plusSeconds(60), TEN_PERCENT);

        assertThat(refund.entry()).get().extracting(LedgerEntry::kind, LedgerEntry::minutes, LedgerEntry::balanceAfter,
                LedgerEntry::overageMinutes).containsExactly(Kind.REFUND, 75L, 60L, 15L);
        assertThat(refund.announcements()).hasExactlyElementsOfTypes(BankEvent.HoursRefunded.class);
        assertThat(refund.bank().overageMinutes()).isZero();
        assertThat(refund.bank().exhaustedAnnounced()).isTrue();
    }

    @Test
    void a_change_that_leaves_what_is_owed_as_it_was_writes_no_entry() {
        HourBank bank = HourBank.open(acmeContract(1), AT).settle("t-1", 0, 15, OwedReason.FIRST_RESPONSE, AT, TEN_PERCENT).bank();

        HourBank.Settlement retried = bank.settle("t-1", 15, 15, OwedReason.FIRST_RESPONSE, AT.plusSeconds(1), TEN_PERCENT);

        assertThat(retried.bank()).isEqualTo(bank);
        assertThat(retried.entry()).isEmpty();
        assertThat(retried.announcements()).isEmpty();
    }
}
