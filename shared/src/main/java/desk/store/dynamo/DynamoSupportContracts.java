package desk.store.dynamo;

import desk.bank.BankHolder;
import desk.bank.SupportContract;
import desk.store.ConcurrentUpdateException;
import desk.store.Saved;
import desk.store.SupportContracts;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Support contracts at {@code pk=CONTRACT#<holder key>, sk=CONTRACT}, versioned. A put reads the
 * contract, then writes one {@link Transaction}: the contract (new, or at the version read) and a
 * ConditionCheck of its holder's item (the account in the calendar read, or the partner still of
 * kind SOLUTION). Either failing means something changed since the read: read and decide again.
 * docs/access-patterns.md lists the conditions.
 */
@Singleton
class DynamoSupportContracts implements SupportContracts {
    private static final String CONTRACT = "contract";
    private static final String HOLDER = "holder";

    private final DeskTable table;

    DynamoSupportContracts(DeskTable table) {
        this.table = table;
    }

    @Override
    public Saved put(SupportContract contract, String holderCalendarId) {
        Optional<Map<String, AttributeValue>> stored = table.get(ContractItems.key(contract.holder()));
        long version = stored.map(ContractItems::version).orElse(0L);
        Transaction transaction = Transaction.on(table)
                .put(CONTRACT, ContractItems.toItem(contract, version + 1),
                        stored.isEmpty() ? Condition.NEW_ITEM : Condition.versionIs(version))
                .check(HOLDER, ContractItems.holderKey(contract.holder()),
                        ContractItems.holderFits(contract.holder(), holderCalendarId));
        try {
            transaction.commit();
        } catch (Transaction.ConditionsFailed failed) {
            String what = failed.failed(CONTRACT) ? "the contract of " : "the holder ";
            throw new ConcurrentUpdateException(what + contract.holder().key() + " changed concurrently", failed);
        }
        return stored.isEmpty() ? Saved.CREATED : Saved.REPLACED;
    }

    @Override
    public Optional<SupportContract> find(BankHolder holder) {
        return table.get(ContractItems.key(holder)).map(ContractItems::contract);
    }
}
