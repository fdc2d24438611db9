/**
 * The support-hour bank: what a ticket owes by its state, who holds the bank, which contract year a
 * moment falls in, and the ledger entry and announcements each change of what is owed yields.
 * Pure values and rules in whole minutes, with time passed in; storing a bank with its entry in one
 * transaction is the store's part.
 */
package desk.bank;
