package desk.conversation;


/** Who sees a message: everyone on the ticket, or support only (an internal note). */
public enum Visibility {
    PUBLIC,
    INTERNAL;
}
