package desk.bank;

import java.util.Objects;

/**
 * What one ticket has been charged so far, as its bank settlements left it: the minutes charged
 * (what it owed at the last change settled), the bank that paid (holder, and the contract year of
 * its last entry), the sequence of the last "Ticket Owed Changed" announcement settled (a change at
 * or below it is a duplicate: settled exactly once), and {@code version}, the stored version it was
 * read at (0: never stored). The holder is fixed by the first charge: later changes of the ticket
 * settle with the same holder, whoever the account's partner is by then.
 */
public record TicketCharge(String ticketId, BankHolder holder, long chargedMinutes, long settledThrough,
                           long contractYear, long version) {
    public TicketCharge {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(holder, "holder");
        if (ticketId.isBlank()) {
            throw new IllegalArgumentException("a charge names its ticket");
        }
        if (chargedMinutes < 0 || settledThrough < 0 || version < 0) {
            throw new IllegalArgumentException("minutes charged, the sequence settled and a version are never negative");
        }
    }

    /** A ticket nothing was settled for yet, drawing on {@code holder}. */
    public static TicketCharge none(String ticketId, BankHolder holder) {
        return new TicketCharge(ticketId, holder, 0, 0, 0, 0);
    }

    /** Whether the change numbered {@code sequence} in the ticket's announcements was settled already. */
    public boolean hasSettled(long sequence) {
        return sequence <= settledThrough;
    }

    /**
     * After settling the ticket's change {@code sequence}, which moved what it owes to
     * {@code owedMinutes}, in contract year {@code year}. The version stays the one read: the
     * store writes the next one under a condition on it.
     */
    public TicketCharge settled(long sequence, long owedMinutes, long year) {
        if (hasSettled(sequence)) {
            throw new IllegalArgumentException("change " + sequence + " of ticket " + ticketId + " is settled already");
        }
        return new TicketCharge(ticketId, holder, owedMinutes, sequence, year, version);
    }

    /** As stored by the write that was conditioned on this charge's version. */
    public TicketCharge stored() {
        return new TicketCharge(ticketId, holder, chargedMinutes, settledThrough, contractYear, version + 1);
    }
}
