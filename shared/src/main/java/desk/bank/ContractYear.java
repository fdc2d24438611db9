package desk.bank;

import java.time.Instant;
import java.util.Objects;

/**
 * One year of a support contract, half-open: from the anniversary's first instant ({@code start})
 * up to, not including, the next one ({@code end}). Year 1 begins on the contract's start date;
 * years before it are numbered 0, -1 and so on.
 */
public record ContractYear(long number, Instant start, Instant end) {
    public ContractYear {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a contract year starts before it ends");
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }
}
