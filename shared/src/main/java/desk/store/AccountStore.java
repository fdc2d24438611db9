package desk.store;

import desk.account.Account;
import desk.account.ClientLink;
import java.util.List;
import java.util.Optional;

/**
 * Where accounts live. A put replaces the whole account and, in the same write, counts its
 * references on the partners it names and keeps each partner's client links in step.
 */
public interface AccountStore {
    /**
     * Creates or replaces the account.
     *
     * @throws PartnerReferencesRefusedException a partner it names does not exist, or its Solution Partner is not one;
     *         nothing was written
     * @throws ConcurrentUpdateException the account or a partner changed between the read and the write; read and decide again
     */
    Saved put(Account account);

    Optional<Account> find(String accountId);

    /** The accounts a partner acts for now, one link each (its clients), in account id order. */
    List<ClientLink> clientsOf(String partnerId);

    /** The ids of the accounts naming {@code successManagerId} as their Customer Success Manager now. */
    List<String> managedBy(String successManagerId);
}
