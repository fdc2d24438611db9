/**
 * A ticket's conversation: public messages and internal notes, automatic or written by a person.
 * Which message counts as the first response is decided here; the ticket applies it to its SLA state.
 */
package desk.conversation;
