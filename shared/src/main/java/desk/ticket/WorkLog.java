package desk.ticket;

import desk.conversation.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Time an agent logged on a ticket: who ({@code agent}, a subject), how long, what it went on and
 * when it was logged. Its id is a UUID version 7 from {@code loggedAt}, so a ticket's logs read in order.
 */
public record WorkLog(String id, String ticketId, String agent, Duration time, String note, Instant loggedAt) {
    public WorkLog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(loggedAt, "loggedAt");
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("logged time is positive");
        }
    }

    /** A new id, time-ordered like a message's. */
    public static String newId(Instant loggedAt, java.util.random.RandomGenerator random) {
        return Message.newId(loggedAt, random);
    }
}
