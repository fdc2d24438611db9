package desk.ticket;

/**
 * QUESTION: an inquiry, charged to the hour bank. INCIDENT: something broken, never charged.
 * ACCOUNT_REQUEST: a change of parameters, upsell or renewal; for Customer Success, not support.
 */
public enum TicketKind {
    QUESTION, INCIDENT, ACCOUNT_REQUEST
}
