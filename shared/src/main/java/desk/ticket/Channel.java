package desk.ticket;

/** How a ticket reached support. Live chat is an Enterprise feature; email arrives through mail intake. */
public enum Channel {
    WEB, EMAIL, CHAT
}
