/**
 * The parties of the policy: accounts with their plan and contract, and the partners that act for them.
 * Forms turn submitted fields into these records, refusing bad input with every problem named.
 */
package desk.account;
