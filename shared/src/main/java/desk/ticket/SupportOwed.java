package desk.ticket;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Policy: "a conversation is charged max(15 minutes, minutes worked) once support has engaged it";
 * incidents and account requests are never charged. The single place this rule lives: what a ticket
 * owes its bank is a function of its state, never of its history.
 */
public final class SupportOwed {
    /** The least an engaged question owes. */
    public static final long MINIMUM_MINUTES = 15;

    private SupportOwed() {}

    /**
     * The whole minutes a ticket owes: a question, or a ticket of no kind yet, that support has
     * engaged (its first agent response) owes {@code max(15, minutes worked)}; anything else owes 0.
     *
     * @param kind    the ticket's kind, empty while it has none
     * @param engaged whether support's first response is recorded
     * @param worked  the sum of the agents' work logs
     */
    public static long minutes(Optional<TicketKind> kind, boolean engaged, Duration worked) {
        Objects.requireNonNull(kind, "kind");
        long minutesWorked = minutesWorked(worked);
        if (!engaged || kind.filter(k -> k != TicketKind.QUESTION).isPresent()) {
            return 0;
        }
        return Math.max(MINIMUM_MINUTES, minutesWorked);
    }

    /** Time worked rounded down to the whole minute ("deducted in the most favorable way"). */
    public static long minutesWorked(Duration worked) {
        Objects.requireNonNull(worked, "worked");
        if (worked.isNegative()) {
            throw new IllegalArgumentException("time worked is never negative");
        }
        return worked.toMinutes();
    }
}
