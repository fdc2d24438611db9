package desk.ticket;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a ticket is in its life (policy, "Tickets": new, open, waiting on customer, solved,
 * closed). {@link #ALLOWED} is the one table of transitions; every change of status, by an agent
 * or by a message, is checked against it.
 */
public enum TicketStatus {
    /** Received, not picked up by an agent yet. */
    NEW,
    /** An agent picked it up (replied, was assigned, or set it). */
    OPEN,
    /** Support asked the requester something; the requester's reply opens it again. */
    WAITING_ON_CUSTOMER,
    /** Support considers it answered; a requester's reply reopens it. */
    SOLVED,
    /** Final: a requester's new message about it opens a follow-up ticket. */
    CLOSED;

    /**
     * The transitions, in one place. NEW may go straight to SOLVED: a duplicate, or a question the
     * first reply settles, need not pass through OPEN, and the requester's reply still reopens it.
     * Nothing leaves CLOSED.
     */
    private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = table();

    private static Map<TicketStatus, Set<TicketStatus>> table() {
        Map<TicketStatus, Set<TicketStatus>> table = new EnumMap<>(TicketStatus.class);
        table.put(NEW, EnumSet.of(OPEN, SOLVED));
        table.put(OPEN, EnumSet.of(WAITING_ON_CUSTOMER, SOLVED));
        table.put(WAITING_ON_CUSTOMER, EnumSet.of(OPEN, SOLVED));
        table.put(SOLVED, EnumSet.of(OPEN, CLOSED));
        table.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
        table.replaceAll((from, to) -> Collections.unmodifiableSet(to));
        return Collections.unmodifiableMap(table);
    }

    /** The statuses this one may change to, in declaration order. */
    public Set<TicketStatus> allowedNext() {
        return ALLOWED.get(this);
    }

    /** Whether the table allows going from this status to {@code next} (staying is no transition). */
    public boolean mayBecome(TicketStatus next) {
        return allowedNext().contains(next);
    }

    /** CLOSED: nothing changes a closed ticket any more. */
    public boolean isFinal() {
        return allowedNext().isEmpty();
    }

    /**
     * Whether a support ticket in this status waits in the agents' queue: until it is solved. A
     * solved ticket leaves the queue; a requester's reply reopens it and puts it back.
     */
    public boolean isQueued() {
        return this == NEW || this == OPEN || this == WAITING_ON_CUSTOMER;
    }

    /** The statuses of the queue, each a partition of it. */
    public static List<TicketStatus> queued() {
        return Arrays.stream(values()).filter(TicketStatus::isQueued).toList();
    }
}
