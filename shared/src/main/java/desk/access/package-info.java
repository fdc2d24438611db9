/**
 * Who may do what: the one rule set every use case and every listing asks. Plain Java over the
 * domain's facts (the caller, the ticket, the account as it is today); no store, no AWS.
 */
package desk.access;
