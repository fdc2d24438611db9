package desk.store.dynamo;

import desk.account.Partner;
import desk.store.ConcurrentUpdateException;
import desk.store.PartnerKindLockedException;
import desk.store.PartnerStore;
import desk.store.Saved;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Partners at {@code pk=PARTNER#<id>, sk=PARTNER}. A put reads the partner, then creates it
 * ({@code attribute_not_exists(pk)}) or updates only its own attributes, so the {@code references}
 * counter that account writes keep survives; the update holds only while the kind stays or no
 * account references the partner. docs/access-patterns.md lists every condition.
 */
@Singleton
class DynamoPartnerStore implements PartnerStore {
    private static final String PARTNER = "partner";

    private final DeskTable table;

    DynamoPartnerStore(DeskTable table) {
        this.table = table;
    }

    @Override
    public Saved put(Partner partner) {
        Map<String, AttributeValue> key = TableKeys.partner(partner.id());
        Optional<Map<String, AttributeValue>> stored = table.get(key);
        Transaction transaction = Transaction.on(table);
        if (stored.isEmpty()) {
            transaction.put(PARTNER, PartyItems.toItem(partner), Condition.NEW_ITEM);
        } else {
            Map<String, AttributeValue> current = stored.get();
            long references = PartyItems.references(current);
            Partner was = PartyItems.partner(current);
            if (was.kind() != partner.kind() && references > 0) {
                throw new PartnerKindLockedException(partner.id(), was.kind(), references);
            }
            transaction.update(PARTNER, key, Update.setting(PartyItems.partnerAttributes(partner), Set.of()),
                    PartyItems.mayTakeKind(partner.kind()));
        }
        try {
            transaction.commit();
        } catch (Transaction.ConditionsFailed failed) {
            // Created meanwhile, or an account began to reference it: the next read decides again.
            throw new ConcurrentUpdateException("partner " + partner.id() + " changed concurrently", failed);
        }
        return stored.isEmpty() ? Saved.CREATED : Saved.REPLACED;
    }

    @Override
    public Optional<Partner> find(String partnerId) {
        return table.get(TableKeys.partner(partnerId)).map(PartyItems::partner);
    }
}
