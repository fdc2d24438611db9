package desk.store.dynamo;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Key attribute names and typed key values of the desk table (see docs/access-patterns.md). */
final class TableKeys {
    static final String PK = "pk";
    static final String SK = "sk";

    private TableKeys() {}

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, AttributeValue.fromS(pk), SK, AttributeValue.fromS(sk));
    }

    static String ticketPk(String ticketId) {
        return "TICKET#" + ticketId;
    }

    static Map<String, AttributeValue> ticket(String ticketId) {
        return key(ticketPk(ticketId), "TICKET");
    }

    static Map<String, AttributeValue> account(String accountId) {
        return key("ACCOUNT#" + accountId, "ACCOUNT");
    }

    static String partnerPk(String partnerId) {
        return "PARTNER#" + partnerId;
    }

    static Map<String, AttributeValue> partner(String partnerId) {
        return key(partnerPk(partnerId), "PARTNER");
    }

    static String managerPk(String managerId) {
        return "MANAGER#" + managerId;
    }

    /** An account in its Customer Success Manager's collection. */
    static Map<String, AttributeValue> managedAccount(String managerId, String accountId) {
        return key(managerPk(managerId), PartyItems.MANAGED_PREFIX + accountId);
    }

    /** An account as a client of a partner, in the partner's collection so that one query lists its clients. */
    static Map<String, AttributeValue> clientLink(String partnerId, String accountId) {
        return key(partnerPk(partnerId), PartyItems.CLIENT_PREFIX + accountId);
    }

    /** A bank holder's support contract; {@code holderKey} is {@code account:<id>} or {@code partner:<id>}. */
    static Map<String, AttributeValue> contract(String holderKey) {
        return key("CONTRACT#" + holderKey, "CONTRACT");
    }

    /** A bank's collection: its state, its ledger entries and its announcements, per holder and contract year. */
    static String bankPk(String holderKey, long contractYear) {
        return "BANK#" + holderKey + "#" + contractYear;
    }

    /** What a ticket has been charged so far, in the ticket's own collection. */
    static Map<String, AttributeValue> ticketCharge(String ticketId) {
        return key(ticketPk(ticketId), "CHARGE");
    }

    /**
     * A Message-ID of a mail we received or sent for a ticket ({@code ticketId}, {@code direction}
     * IN or OUT): what threads a reply by its {@code In-Reply-To}/{@code References}. Written once,
     * under {@code attribute_not_exists(pk)}, which is also what makes one Message-ID one ticket or
     * one message however many support addresses it reached.
     */
    static Map<String, AttributeValue> mailId(String messageId) {
        return key("MAILID#" + messageId, "MAILID");
    }
}
