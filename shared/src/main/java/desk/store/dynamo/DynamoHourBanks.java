package desk.store.dynamo;

import desk.bank.BankEvent;
import desk.bank.BankHolder;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.bank.TicketCharge;
import desk.store.ConcurrentUpdateException;
import desk.store.HourBanks;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Hour banks on the desk table ({@link BankItems}). A write is one {@link Transaction}: the bank
 * under {@code attribute_not_exists(pk)} (its year's first entries) or its version, each entry and
 * announcement under {@code attribute_not_exists(pk)} (a sequence is used once), each ticket's charge
 * under {@code attribute_not_exists(pk)} or its version. Any failed condition means another settler
 * wrote first: {@link ConcurrentUpdateException}, read and settle again.
 */
@Singleton
class DynamoHourBanks implements HourBanks {
    private static final String BANK = "bank";

    private final DeskTable table;
    private final Outbox outbox;

    DynamoHourBanks(DeskTable table, Outbox outbox) {
        this.table = table;
        this.outbox = outbox;
    }

    @Override
    public Optional<HourBank> find(BankHolder holder, long contractYear) {
        return table.get(BankItems.bankKey(holder, contractYear)).map(BankItems::bank);
    }

    @Override
    public Optional<TicketCharge> chargeOf(String ticketId) {
        return table.get(TableKeys.ticketCharge(ticketId)).map(BankItems::charge);
    }

    @Override
    public void write(BankWrite write) {
        HourBank bank = write.bank();
        Transaction transaction = Transaction.on(table).put(BANK, BankItems.toItem(bank), expect(write.readVersion()));
        for (Settled settled : write.settled()) {
            LedgerEntry entry = settled.entry();
            transaction.put("entry " + entry.sequence(), BankItems.toItem(bank, entry), Condition.NEW_ITEM);
            int n = 0;
            for (BankEvent event : settled.announcements()) {
                n++;
                transaction.put("announcement " + entry.sequence() + "-" + n,
                        BankItems.toItem(event, entry.sequence(), n, outbox.retention()), Condition.NEW_ITEM);
            }
        }
        for (TicketCharge charge : write.charges()) {
            transaction.put("charge " + charge.ticketId(), BankItems.toItem(charge, charge.version() + 1),
                    expect(charge.version()));
        }
        try {
            transaction.commit();
        } catch (Transaction.ConditionsFailed failed) {
            throw new ConcurrentUpdateException("bank " + bank.holder().key() + " year " + bank.year().number()
                    + " or a ticket's charge changed concurrently: " + failed.getMessage(), failed);
        }
    }

    private static Condition expect(long readVersion) {
        return readVersion == 0 ? Condition.NEW_ITEM : Condition.versionIs(readVersion);
    }

    @Override
    public LedgerPage ledger(BankHolder holder, long contractYear, Optional<Long> before, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a ledger page holds at least one entry");
        }
        long upTo = before.map(sequence -> sequence - 1).orElse(9_999_999_999L);
        if (upTo < 1) {
            return new LedgerPage(List.of(), Optional.empty());
        }
        QueryResponse page = DeskTable.call("Query", () -> table.client().query(query -> query.tableName(table.name())
                .keyConditionExpression("pk = :pk AND sk BETWEEN :first AND :last")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(TableKeys.bankPk(holder.key(), contractYear)),
                        ":first", AttributeValue.fromS(BankItems.entrySk(1)),
                        ":last", AttributeValue.fromS(BankItems.entrySk(upTo))))
                .scanIndexForward(false)
                .consistentRead(true)
                .limit(limit)));
        List<LedgerEntry> entries = page.items().stream().map(BankItems::entry).toList();
        Optional<Long> next = entries.size() == limit && entries.getLast().sequence() > 1
                ? Optional.of(entries.getLast().sequence())
                : Optional.empty();
        return new LedgerPage(entries, next);
    }
}
