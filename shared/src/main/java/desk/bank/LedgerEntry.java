package desk.bank;

import desk.ticket.OwedReason;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of what a ticket owes, as its bank records it: a charge or a refund of {@code minutes}
 * (always positive), why, the balance after it (negative once the bank is overdrawn) and how many
 * of its minutes lie beyond the allowance ({@code overageMinutes}: charged into overage, or refunded
 * out of it). {@code sequence} numbers the bank's entries from 1, so replaying them in order
 * rebuilds the balance.
 */
public record LedgerEntry(
        long sequence,
        String ticketId,
        Kind kind,
        long minutes,
        OwedReason reason,
        long balanceAfter,
        long overageMinutes,
        Instant at) {

    public enum Kind { CHARGE, REFUND }

    public LedgerEntry {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        if (sequence < 1 || ticketId.isBlank()) {
            throw new IllegalArgumentException("an entry has a sequence from 1 and names its ticket");
        }
        if (minutes <= 0 || overageMinutes < 0 || overageMinutes > minutes) {
            throw new IllegalArgumentException("an entry moves a positive number of minutes, part of them overage");
        }
    }

    /** Minutes taken from the bank: positive for a charge, negative for a refund. */
    public long signedMinutes() {
        return kind == Kind.CHARGE ? minutes : -minutes;
    }
}
