package desk.store.dynamo;

import desk.account.Partner;
import desk.store.PartnerStore;
import desk.store.Saved;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Partners at {@code pk=PARTNER#<id>, sk=PARTNER}; PUT replaces unconditionally, as for accounts. */
@Singleton
class DynamoPartnerStore implements PartnerStore {
    private final DeskTable table;

    DynamoPartnerStore(DeskTable table) {
        this.table = table;
    }

    @Override
    public Saved put(Partner partner) {
        return table.replace(PartyItems.toItem(partner));
    }

    @Override
    public Optional<Partner> find(String partnerId) {
        return table.get(TableKeys.partner(partnerId)).map(PartyItems::partner);
    }
}
