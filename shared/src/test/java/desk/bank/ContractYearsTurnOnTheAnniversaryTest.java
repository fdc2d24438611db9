package desk.bank;

import static desk.bank.BankFixtures.ACME;
import static desk.bank.BankFixtures.MADRID;
import static desk.bank.BankFixtures.acmeContract;
import static desk.bank.BankFixtures.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.ticket.OwedReason;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy: "the allowance renews on the contract's anniversary". A charge belongs to the contract
 * year of the moment the work was logged; an anniversary begins at midnight of its date in the
 * contract's zone, and a 29 February start renews on 28 February in years without one.
 */
class ContractYearsTurnOnTheAnniversaryTest {
    private static final Instant ANNIVERSARY = madrid("2027-03-01T00:00");

    @Test
    void work_logged_a_second_before_and_after_the_anniversary_lands_in_different_years() {
        SupportContract contract = acmeContract(100);

        ContractYear before = contract.yearOf(ANNIVERSARY.minusSeconds(1));
        ContractYear after = contract.yearOf(ANNIVERSARY.plusSeconds(1));

        assertThat(before.number()).isEqualTo(1);
        assertThat(before.end()).isEqualTo(ANNIVERSARY);
        assertThat(after.number()).isEqualTo(2);
        assertThat(after.start()).isEqualTo(ANNIVERSARY);
        assertThat(contract.yearOf(ANNIVERSARY)).isEqualTo(after);
    }

    @Test
    void the_anniversary_begins_at_midnight_in_the_contracts_zone_not_in_utc() {
        SupportContract contract = acmeContract(100);

        ContractYear year = contract.yearOf(Instant.parse("2027-02-28T23:30:00Z"));

        assertThat(year.number()).isEqualTo(2);
        assertThat(year.start()).isEqualTo(Instant.parse("2027-02-28T23:00:00Z"));
    }

    @ParameterizedTest(name = "{0} falls in year {1}, which starts on {2}")
    @CsvSource({
            "2024-02-29T00:00, 1, 2024-02-29",
            "2025-02-27T23:59, 1, 2024-02-29",
            "2025-02-28T00:00, 2, 2025-02-28",
            "2026-02-28T12:00, 3, 2026-02-28",
            "2028-02-28T23:59, 4, 2027-02-28",
            "2028-02-29T00:00, 5, 2028-02-29",
            "2029-02-28T00:00, 6, 2029-02-28",
    })
    void a_contract_started_on_february_29_renews_on_february_28_in_years_without_one(
            String localMoment, long number, String yearStart) {
        SupportContract contract = SupportContract.of(ACME, 50, LocalDate.parse("2024-02-29"), MADRID);

        ContractYear year = contract.yearOf(madrid(localMoment));

        assertThat(year.number()).isEqualTo(number);
        assertThat(year.start()).isEqualTo(LocalDate.parse(yearStart).atStartOfDay(MADRID).toInstant());
        assertThat(year.contains(madrid(localMoment))).isTrue();
    }

    @Test
    void moments_before_the_start_fall_in_years_numbered_zero_and_below() {
        SupportContract contract = acmeContract(100);

        assertThat(contract.yearOf(madrid("2026-02-28T23:59")).number()).isEqualTo(0);
        assertThat(contract.yearOf(madrid("2025-02-28T23:59")).number()).isEqualTo(-1);
    }

    @Test
    void a_new_years_first_charge_opens_its_bank_at_the_full_allowance() {
        SupportContract contract = acmeContract(2);
        HourBank lastYear = HourBank.open(contract, ANNIVERSARY.minusSeconds(1))
                .settle("t-1", 0, 100, OwedReason.WORK_LOGGED, ANNIVERSARY.minusSeconds(1), LowBalance.POLICY).bank();

        HourBank.Settlement first = HourBank.open(contract, ANNIVERSARY.plusSeconds(1))
                .settle("t-2", 0, 15, OwedReason.FIRST_RESPONSE, ANNIVERSARY.plusSeconds(1), LowBalance.POLICY);

        assertThat(lastYear.balanceMinutes()).isEqualTo(20);
        assertThat(first.bank().year().number()).isEqualTo(2);
        assertThat(first.bank().balanceMinutes()).isEqualTo(120 - 15);
        assertThat(first.entry()).get().extracting(LedgerEntry::sequence, LedgerEntry::balanceAfter).containsExactly(1L, 105L);
        assertThat(first.bank().lowAnnounced()).isFalse();
    }

    @Test
    void a_bank_refuses_a_change_outside_its_contract_year() {
        HourBank bank = HourBank.open(acmeContract(2), ANNIVERSARY.minusSeconds(1));

        assertThatThrownBy(() -> bank.settle("t-1", 0, 15, OwedReason.FIRST_RESPONSE, ANNIVERSARY, LowBalance.POLICY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
