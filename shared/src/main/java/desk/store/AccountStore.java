package desk.store;

import desk.account.Account;
import java.util.Optional;

/** Where accounts live; a put replaces the whole account. */
public interface AccountStore {
    Saved put(Account account);

    Optional<Account> find(String accountId);
}
