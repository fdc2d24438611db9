package desk.ticket;

import java.util.Objects;

/**
 * Where a new message about a ticket goes. Any ticket but a closed one takes it (and
 * {@link Ticket#withMessage} says what it changes); a closed ticket is final, so the requester
 * side's message opens a follow-up ticket linked to it, and anyone else's is refused.
 */
public sealed interface MessageDestination {

    /** Onto the ticket itself. */
    record ThisTicket() implements MessageDestination {}

    /** Onto a new ticket following up {@code closed}, which stays as it is. */
    record FollowUp(Ticket closed) implements MessageDestination {
        public FollowUp {
            Objects.requireNonNull(closed, "closed");
        }
    }

    /** Nowhere: the ticket's status does not take this message. */
    record Refused(TicketDecision.Conflict conflict) implements MessageDestination {
        public Refused {
            Objects.requireNonNull(conflict, "conflict");
        }
    }
}
