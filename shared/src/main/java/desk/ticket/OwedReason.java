package desk.ticket;

/**
 * The change to a ticket that moved what it owes its hour bank ({@link SupportOwed}): support's
 * first response engaged it, an agent logged work, or it was reclassified (question or incident).
 */
public enum OwedReason { FIRST_RESPONSE, WORK_LOGGED, RECLASSIFIED }
