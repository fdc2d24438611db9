/**
 * Reading submitted forms into field problems, so a refusal names every bad field at once.
 * Plain Java: the HTTP layer decodes JSON into maps and lists before anything here runs.
 */
package desk.validation;
