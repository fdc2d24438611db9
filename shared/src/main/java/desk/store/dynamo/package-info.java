/**
 * The DynamoDB side of the store ports: one table, hand-written item mapping, conditions on every write that must not repeat.
 * docs/access-patterns.md lists each key, index and condition expression; the SDK stays inside this package.
 */
package desk.store.dynamo;
