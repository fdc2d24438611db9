package desk.store;

import desk.account.Partner;
import java.util.Optional;

/** Where partners live; a put replaces the whole partner. */
public interface PartnerStore {
    Saved put(Partner partner);

    Optional<Partner> find(String partnerId);
}
