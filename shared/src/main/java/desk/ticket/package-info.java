/**
 * Tickets and the words the policy uses for them: channel, kind, severity, scope and recipient.
 * Records only; intake decides what a new ticket carries, persistence stores it as it is.
 */
package desk.ticket;
