package desk.bank;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What an admin sets for a bank holder: the yearly allowance of support hours and the date the
 * contract starts, read in {@code zone} (the contract's calendar zone). Each anniversary begins at
 * the first instant of that local date; a contract started on 29 February renews on 28 February in
 * years without one.
 */
public record SupportContract(BankHolder holder, Duration yearlyAllowance, LocalDate startDate, ZoneId zone) {
    public SupportContract {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(yearlyAllowance, "yearlyAllowance");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(zone, "zone");
        if (yearlyAllowance.isNegative() || yearlyAllowance.toSeconds() % 60 != 0 || yearlyAllowance.getNano() != 0) {
            throw new IllegalArgumentException("a yearly allowance is a non-negative whole number of minutes");
        }
    }

    public static SupportContract of(BankHolder holder, long allowanceHours, LocalDate startDate, ZoneId zone) {
        return new SupportContract(holder, Duration.ofHours(allowanceHours), startDate, zone);
    }

    public long allowanceMinutes() {
        return yearlyAllowance.toMinutes();
    }

    /** The contract year {@code at} falls in. */
    public ContractYear yearOf(Instant at) {
        Objects.requireNonNull(at, "at");
        LocalDate day = at.atZone(zone).toLocalDate();
        long offset = startDate.until(day).toTotalMonths() / 12;
        while (anniversary(offset).isAfter(at)) {
            offset--;
        }
        while (!anniversary(offset + 1).isAfter(at)) {
            offset++;
        }
        return year(offset + 1);
    }

    /** Contract year {@code number}: 1 begins on the start date, 2 on the first anniversary. */
    public ContractYear year(long number) {
        return new ContractYear(number, anniversary(number - 1), anniversary(number));
    }

    /**
     * The first instant of the {@code years}-th anniversary. Always counted from the start date,
     * so a 29 February start falls back to the 28th only in the years that lack it.
     */
    private Instant anniversary(long years) {
        return startDate.plusYears(years).atStartOfDay(zone).toInstant();
    }
}
