package desk.store;

import desk.account.Partner;
import java.util.Optional;

/** Where partners live; a put replaces the partner's own fields and keeps the count of accounts referencing it. */
public interface PartnerStore {
    /**
     * Creates or replaces the partner.
     *
     * @throws PartnerKindLockedException accounts reference the partner and the put changes its kind; nothing was written
     * @throws ConcurrentUpdateException the partner changed between the read and the write; read and decide again
     */
    Saved put(Partner partner);

    Optional<Partner> find(String partnerId);
}
