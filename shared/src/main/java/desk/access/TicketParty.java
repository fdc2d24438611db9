package desk.access;

import desk.conversation.Visibility;

/**
 * How a caller takes part in a ticket. Support (agents) works it; oversight (admins) reads all of
 * it and changes nothing; the requester side (its customers, its partner) asks and reads what is public.
 */
public enum TicketParty {
    SUPPORT,
    OVERSIGHT,
    REQUESTER_SIDE;

    /** Internal notes and staff-only announcements are for vendor staff. */
    public boolean seesInternal() {
        return this != REQUESTER_SIDE;
    }

    /** Agents write every kind of message; the requester side public messages only; oversight none. */
    public boolean mayPost(Visibility visibility) {
        return switch (this) {
            case SUPPORT -> true;
            case REQUESTER_SIDE -> visibility == Visibility.PUBLIC;
            case OVERSIGHT -> false;
        };
    }

    /** Reclassifying, assigning and changing status is support's work. */
    public boolean mayWork() {
        return this == SUPPORT;
    }
}
