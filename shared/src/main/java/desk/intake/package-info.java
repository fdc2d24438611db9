/**
 * Ticket intake's rules: reading the web form, then stamping target, deadline and recipient.
 * Pure functions of the form, the account, the opener, the receipt time and the calendar.
 */
package desk.intake;
