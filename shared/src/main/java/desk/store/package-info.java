/**
 * Ports to persistence, in the domain's terms; use cases depend on these, never on DynamoDB.
 * Failed conditions surface as this package's exceptions; SDK types never travel upward.
 */
package desk.store;
