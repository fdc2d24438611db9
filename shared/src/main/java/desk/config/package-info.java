/**
 * Configuration turned into domain values: business calendars and first-response targets.
 * The only place besides the stores where Micronaut meets the domain.
 */
package desk.config;
