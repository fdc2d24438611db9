package desk.bank;

import java.time.Instant;
import java.util.Objects;

/**
 * What a bank announces (policy, "Announcements"): hours charged, hours refunded, bank low and
 * bank exhausted, the last two once per contract year. Each names its bank by holder and year.
 */
public sealed interface BankEvent {
    BankHolder holder();

    long contractYear();

    Instant at();

    record HoursCharged(BankHolder holder, long contractYear, LedgerEntry entry) implements BankEvent {
        public HoursCharged {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public Instant at() {
            return entry.at();
        }
    }

    record HoursRefunded(BankHolder holder, long contractYear, LedgerEntry entry) implements BankEvent {
        public HoursRefunded {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public Instant at() {
            return entry.at();
        }
    }

    /** The balance fell under the low threshold for the first time this contract year. */
    record BankLow(BankHolder holder, long contractYear, long balanceMinutes, long allowanceMinutes, Instant at)
            implements BankEvent {
        public BankLow {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Nothing of the allowance is left for the first time this contract year; support goes on as overage. */
    record BankExhausted(BankHolder holder, long contractYear, long overageMinutes, Instant at) implements BankEvent {
        public BankExhausted {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(at, "at");
        }
    }
}
