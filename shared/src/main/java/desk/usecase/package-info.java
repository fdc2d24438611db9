/**
 * One class per verb of the API: load through the store ports, ask the domain, save, answer with an outcome value.
 * Handlers map these outcomes to HTTP; nothing here knows Lambda events.
 */
package desk.usecase;
