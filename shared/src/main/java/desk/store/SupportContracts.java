package desk.store;

import desk.bank.BankHolder;
import desk.bank.SupportContract;
import java.util.Optional;

/**
 * Where each bank holder's support contract lives, one per holder. A put replaces the whole
 * contract, and only while its holder still is what the contract was decided on.
 */
public interface SupportContracts {
    /**
     * Creates or replaces the holder's contract. The write checks, in the same transaction, that
     * the holder exists as read: an account still in the calendar whose zone the contract carries,
     * a partner still a Solution Partner.
     *
     * @param holderCalendarId for an account holder, the calendar the contract's zone was read from; ignored for a partner
     * @throws ConcurrentUpdateException the contract or its holder changed between the read and the write; read and decide again
     */
    Saved put(SupportContract contract, String holderCalendarId);

    Optional<SupportContract> find(BankHolder holder);
}
