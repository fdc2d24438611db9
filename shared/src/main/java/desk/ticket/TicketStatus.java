package desk.ticket;

/** Where a ticket is in its life. Intake creates NEW; the lifecycle issue adds the rest. */
public enum TicketStatus {
    NEW
}
