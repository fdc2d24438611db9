package desk.store.dynamo;

import desk.account.Account;
import desk.store.AccountStore;
import desk.store.Saved;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Accounts at {@code pk=ACCOUNT#<id>, sk=ACCOUNT}. PUT replaces the whole account
 * unconditionally: admins send the full record, and the last writer wins.
 */
@Singleton
class DynamoAccountStore implements AccountStore {
    private final DeskTable table;

    DynamoAccountStore(DeskTable table) {
        this.table = table;
    }

    @Override
    public Saved put(Account account) {
        return table.replace(PartyItems.toItem(account));
    }

    @Override
    public Optional<Account> find(String accountId) {
        return table.get(TableKeys.account(accountId)).map(PartyItems::account);
    }
}
