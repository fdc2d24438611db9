package desk.store.dynamo;

import desk.account.MailUser;
import desk.account.Partner;
import desk.store.ConcurrentUpdateException;
import desk.store.PartnerKindLockedException;
import desk.store.PartnerStore;
import desk.store.Saved;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Partners at {@code pk=PARTNER#<id>, sk=PARTNER}. A put reads the partner, then creates it
 * ({@code attribute_not_exists(pk)}) or updates only its own attributes, so the {@code references}
 * counter that account writes keep survives; the update holds only while the kind stays or no
 * account references the partner, and while its mail users are those read ({@code mailVersion}).
 * The lookup items of its users' addresses ({@link MailIdentityItems}) move in the same
 * transaction. docs/access-patterns.md lists every condition.
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
        List<MailUser> usersBefore = stored.map(PartyItems::partner).map(Partner::mailUsers).orElse(List.of());
        if (stored.isEmpty()) {
            transaction.put(PARTNER, Item.builder().with(PartyItems.toItem(partner)).n(PartyItems.MAIL_VERSION, 1).build(),
                    Condition.NEW_ITEM);
        } else {
            Map<String, AttributeValue> current = stored.get();
            long references = PartyItems.references(current);
            Partner was = PartyItems.partner(current);
            if (was.kind() != partner.kind() && references > 0) {
                throw new PartnerKindLockedException(partner.id(), was.kind(), references);
            }
            long mailVersion = PartyItems.mailVersion(current);
            Map<String, AttributeValue> attributes = new LinkedHashMap<>(PartyItems.partnerAttributes(partner));
            attributes.put(PartyItems.MAIL_VERSION, AttributeValue.fromN(Long.toString(mailVersion + 1)));
            transaction.update(PARTNER, key, Update.setting(attributes, PartyItems.PARTNER_OPTIONAL_ATTRIBUTES),
                    PartyItems.mayTakeKindAt(partner.kind(), mailVersion));
        }
        MailIdentityItems.write(transaction, MailIdentityItems.PARTNER, partner.id(), usersBefore, partner.mailUsers(),
                List.of(), List.of());
        MailIdentityItems.refuseIfTooLarge(transaction, "partner " + partner.id(),
                MailIdentityItems.changes(usersBefore, partner.mailUsers(), List.of(), List.of()));
        try {
            transaction.commit();
        } catch (Transaction.ConditionsFailed failed) {
            if (!failed.failed(PARTNER)) {
                throw MailIdentityItems.refusal(table, "partner " + partner.id(), MailIdentityItems.PARTNER, partner.id(),
                        partner.mailUsers(), List.of(), failed);
            }
            // Created meanwhile, or an account began to reference it, or its mail users changed: the next read decides again.
            throw new ConcurrentUpdateException("partner " + partner.id() + " changed concurrently", failed);
        }
        return stored.isEmpty() ? Saved.CREATED : Saved.REPLACED;
    }

    @Override
    public Optional<Partner> find(String partnerId) {
        return table.get(TableKeys.partner(partnerId)).map(PartyItems::partner);
    }
}
