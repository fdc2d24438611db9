package desk.conversation;

import desk.identity.Principal;

/** Who sees a message: everyone on the ticket, or support only (an internal note). */
public enum Visibility {
    PUBLIC,
    INTERNAL;

    /** Support writes every kind; the ticket's own side writes public messages only. */
    public boolean isWritableBy(Principal author) {
        return this == PUBLIC || author.isStaff();
    }
}
