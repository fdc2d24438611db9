package desk.store.dynamo;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps accounts and partners to their items and back. */
final class PartyItems {
    private PartyItems() {}

    static Map<String, AttributeValue> toItem(Account account) {
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
                item.s("calendarId"));
    }

    static Map<String, AttributeValue> toItem(Partner partner) {
        return Item.builder()
                .with(TableKeys.partner(partner.id()))
                .s("entity", "PARTNER")
                .s("id", partner.id())
                .s("name", partner.name())
                .s("kind", partner.kind().name())
                .bool("certified", partner.certified())
                .bool("technicalKnowledge", partner.technicalKnowledge())
                .build();
    }

    static Partner partner(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new Partner(item.s("id"), item.s("name"), PartnerKind.valueOf(item.s("kind")),
                item.bool("certified"), item.bool("technicalKnowledge"));
    }
}
