/**
 * First-response promises: which target a ticket carries and the deadline it yields in business time.
 * Targets are configuration; the deadline records the calendar id and version it was computed with.
 */
package desk.sla;
