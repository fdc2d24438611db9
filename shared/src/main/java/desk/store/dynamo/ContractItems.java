package desk.store.dynamo;

import desk.account.PartnerKind;
import desk.bank.BankHolder;
import desk.bank.SupportContract;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps support contracts to their items and back, with the conditions on their holders. */
final class ContractItems {
    private static final String VERSION = "version";

    private ContractItems() {}

    static Map<String, AttributeValue> key(BankHolder holder) {
        return TableKeys.contract(holder.key());
    }

    static Map<String, AttributeValue> toItem(SupportContract contract, long version) {
        Item.Builder item = Item.builder()
                .with(key(contract.holder()))
                .s("entity", "CONTRACT")
                .s("holder", contract.holder().key());
        switch (contract.holder()) {
            case BankHolder.AccountHolder(String accountId) -> item.s("holderKind", "ACCOUNT").s("holderId", accountId);
            case BankHolder.PartnerHolder(String partnerId) -> item.s("holderKind", "PARTNER").s("holderId", partnerId);
        }
        return item.n("allowanceMinutes", contract.allowanceMinutes())
                .s("startDate", contract.startDate().toString())
                .s("zone", contract.zone().getId())
                .n(VERSION, version)
                .build();
    }

    static SupportContract contract(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        BankHolder holder = switch (item.s("holderKind")) {
            case "ACCOUNT" -> new BankHolder.AccountHolder(item.s("holderId"));
            case "PARTNER" -> new BankHolder.PartnerHolder(item.s("holderId"));
            default -> throw new IllegalStateException("a contract item of unknown holder kind " + item.s("holderKind"));
        };
        return new SupportContract(holder, Duration.ofMinutes(item.n("allowanceMinutes")),
                LocalDate.parse(item.s("startDate")), ZoneId.of(item.s("zone")));
    }

    static long version(Map<String, AttributeValue> contract) {
        return Item.reader(contract).n(VERSION);
    }

    /** The holder's own item: the account or the partner. */
    static Map<String, AttributeValue> holderKey(BankHolder holder) {
        return switch (holder) {
            case BankHolder.AccountHolder(String accountId) -> TableKeys.account(accountId);
            case BankHolder.PartnerHolder(String partnerId) -> TableKeys.partner(partnerId);
        };
    }

    /**
     * The holder is still what the contract was decided on: an account in the calendar the
     * contract's zone comes from, a partner of kind SOLUTION (only Solution Partners hold banks).
     */
    static Condition holderFits(BankHolder holder, String calendarId) {
        return switch (holder) {
            case BankHolder.AccountHolder account -> new Condition("attribute_exists(pk) AND #calendarId = :calendarId",
                    Map.of("#calendarId", "calendarId"), Map.of(":calendarId", Item.s(calendarId)));
            case BankHolder.PartnerHolder partner -> new Condition("attribute_exists(pk) AND #kind = :solution",
                    Map.of("#kind", "kind"), Map.of(":solution", Item.s(PartnerKind.SOLUTION.name())));
        };
    }
}
