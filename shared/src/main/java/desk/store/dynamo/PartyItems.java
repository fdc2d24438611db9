package desk.store.dynamo;

import desk.account.Account;
import desk.account.ClientLink;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.mail.MailAddress;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps accounts, partners and client links to their items and back, with the conditions that guard their writes. */
final class PartyItems {
    static final String CLIENT_PREFIX = "CLIENT#";
    /** On a partner: how many accounts name it, in any role. Account writes keep it; partner writes never set it. */
    static final String REFERENCES = "references";
    private static final String VERSION = "version";

    private PartyItems() {}

    static Map<String, AttributeValue> toItem(Account account, long version) {
        return Item.builder()
                .with(TableKeys.account(account.id()))
                .s("entity", "ACCOUNT")
                .s("id", account.id())
                .s("name", account.name())
                .s("plan", account.plan().name())
                .s("contract", account.contract().name())
                .s("solutionPartnerId", account.solutionPartnerId())
                .list("partnerAccess", account.partnerAccess().stream()
                        .map(access -> Map.of(
                                "partnerId", Item.s(access.partnerId()),
                                "productionAccess", AttributeValue.fromBool(access.productionAccess())))
                        .toList())
                .s("calendarId", account.calendarId())
                .s("successManagerId", account.successManagerId())
                .value("mailDomains", AttributeValue.fromL(account.mailDomains().stream().map(Item::s).toList()))
                .list("mailUsers", account.mailUsers().stream().map(MailIdentityItems::user).toList())
                .n(VERSION, version)
                .build();
    }

    static Account account(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new Account(
                item.s("id"),
                item.s("name"),
                Plan.valueOf(item.s("plan")),
                Contract.valueOf(item.s("contract")),
                item.optionalS("solutionPartnerId"),
                item.list("partnerAccess").stream()
                        .map(access -> new PartnerAccess(access.s("partnerId"), access.bool("productionAccess")))
                        .toList(),
                item.s("calendarId"),
                item.optionalS("successManagerId"),
                MailIdentityItems.strings(attributes, "mailDomains"),
                MailIdentityItems.users(item, "mailUsers"));
    }

    static final String MANAGED_PREFIX = "ACCOUNT#";

    /** An account in its Customer Success Manager's collection, so that one query lists the manager's accounts. */
    static Map<String, AttributeValue> managedAccount(String managerId, String accountId) {
        return Item.builder()
                .with(TableKeys.managedAccount(managerId, accountId))
                .s("entity", "MANAGED_ACCOUNT")
                .s("successManagerId", managerId)
                .s("accountId", accountId)
                .build();
    }

    /** The stored account's version; 0 for one stored before accounts were versioned, whose references were never counted. */
    static long version(Map<String, AttributeValue> account) {
        return Item.reader(account).optionalN(VERSION).orElse(0L);
    }

    /** Optimistic locking of an account read at {@code version} (0: the unversioned item must still be unversioned). */
    static Condition accountAt(long version) {
        return version > 0 ? Condition.versionIs(version)
                : new Condition("attribute_exists(pk) AND attribute_not_exists(#version)", Map.of("#version", VERSION), Map.of());
    }

    static Map<String, AttributeValue> toItem(Partner partner) {
        return Item.builder().with(TableKeys.partner(partner.id())).with(partnerAttributes(partner)).build();
    }

    /** A partner's own attributes, without its key and without {@link #REFERENCES}, which is not the partner's to write. */
    static Map<String, AttributeValue> partnerAttributes(Partner partner) {
        return Item.builder()
                .s("entity", "PARTNER")
                .s("id", partner.id())
                .s("name", partner.name())
                .s("kind", partner.kind().name())
                .bool("certified", partner.certified())
                .bool("technicalKnowledge", partner.technicalKnowledge())
                .list("mailUsers", partner.mailUsers().stream().map(MailIdentityItems::user).toList())
                .s("supportAddress", partner.supportAddress().map(MailAddress::address))
                .build();
    }

    /** A partner's own attributes a replace removes when the partner no longer has them. */
    static final java.util.Set<String> PARTNER_OPTIONAL_ATTRIBUTES = java.util.Set.of("supportAddress");

    /** On a partner: how many times its mail users were written, so that a replace derives its lookup items from what it read. */
    static final String MAIL_VERSION = "mailVersion";

    static long mailVersion(Map<String, AttributeValue> partner) {
        return Item.reader(partner).optionalN(MAIL_VERSION).orElse(0L);
    }

    /** {@link #mayTakeKind} and the partner's mail users are still those read at {@code mailVersion}. */
    static Condition mayTakeKindAt(PartnerKind kind, long mailVersion) {
        Condition kindCondition = mayTakeKind(kind);
        Map<String, String> names = new java.util.HashMap<>(kindCondition.names());
        Map<String, AttributeValue> values = new java.util.HashMap<>(kindCondition.values());
        names.put("#mailVersion", MAIL_VERSION);
        String mail;
        if (mailVersion == 0) {
            mail = "attribute_not_exists(#mailVersion)";
        } else {
            mail = "#mailVersion = :mailVersion";
            values.put(":mailVersion", AttributeValue.fromN(Long.toString(mailVersion)));
        }
        return new Condition("(" + kindCondition.expression() + ") AND " + mail, names, values);
    }

    static Partner partner(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new Partner(item.s("id"), item.s("name"), PartnerKind.valueOf(item.s("kind")),
                item.bool("certified"), item.bool("technicalKnowledge"), MailIdentityItems.users(item, "mailUsers"),
                item.optionalS("supportAddress").map(MailAddress::of));
    }

    static long references(Map<String, AttributeValue> partner) {
        return Item.reader(partner).optionalN(REFERENCES).orElse(0L);
    }

    /** A replaced partner keeps its kind, or no account references it: an account's Solution Partner stays one. */
    static Condition mayTakeKind(PartnerKind kind) {
        return new Condition("attribute_exists(pk) AND (#kind = :kind OR attribute_not_exists(#references) OR #references = :none)",
                Map.of("#kind", "kind", "#references", REFERENCES),
                Map.of(":kind", Item.s(kind.name()), ":none", AttributeValue.fromN("0")));
    }

    /** The partner an account names exists, and a Solution Partner is of kind SOLUTION. */
    static Condition mayBeReferencedAs(ClientLink.Relation relation) {
        return switch (relation) {
            case ACCESS -> Condition.EXISTING;
            case SOLUTION_PARTNER -> new Condition("attribute_exists(pk) AND #kind = :solution", Map.of("#kind", "kind"),
                    Map.of(":solution", Item.s(PartnerKind.SOLUTION.name())));
        };
    }

    static Map<String, AttributeValue> toItem(ClientLink link) {
        return Item.builder()
                .with(TableKeys.clientLink(link.partnerId(), link.accountId()))
                .s("entity", "CLIENT_LINK")
                .s("partnerId", link.partnerId())
                .s("accountId", link.accountId())
                .s("relation", link.relation().name())
                .bool("productionAccess", link.productionAccess())
                .build();
    }

    static ClientLink clientLink(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new ClientLink(item.s("partnerId"), item.s("accountId"), ClientLink.Relation.valueOf(item.s("relation")),
                item.bool("productionAccess"));
    }
}
