package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The people the local sign-in page offers: a customer user of each seed account and a user of
 * each seed partner, with the accounts each acts for (their plan and contract, which the web form
 * needs). Read from the seed files, so the list is what {@code ./desk run --seed} loads.
 */
final class DemoUsers {

    /** An account as the web form needs it. */
    record AccountInfo(String id, String name, String plan, String contract, String solutionPartnerId) {}

    /** One demo user: {@code id} is what the sign-in page posts back. */
    record DemoUser(String id, String label, String role, String subject, String accountId, String partnerId,
                    String partnerKind, List<AccountInfo> accounts) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoUsers() {
    }

    static List<DemoUser> fromSeed() {
        return of(SeedData.load());
    }

    static List<DemoUser> of(List<SeedData.Item> seed) {
        Map<String, JsonNode> accounts = new java.util.TreeMap<>();
        Map<String, JsonNode> partners = new java.util.TreeMap<>();
        for (SeedData.Item item : seed) {
            (item.collection().equals("accounts") ? accounts : partners).put(item.id(), parse(item.body()));
        }
        List<DemoUser> users = new ArrayList<>();
        accounts.forEach((id, account) -> users.add(new DemoUser("customer:" + id,
                "Customer user of " + text(account, "name") + " (" + text(account, "plan") + ", " + text(account, "contract") + ")",
                "customer", "demo-customer-" + id, id, null, null, List.of(info(id, account)))));
        partners.forEach((id, partner) -> {
            String kind = text(partner, "kind");
            List<AccountInfo> clients = new ArrayList<>();
            accounts.forEach((accountId, account) -> {
                if (actsFor(id, kind, account)) {
                    clients.add(info(accountId, account));
                }
            });
            users.add(new DemoUser("partner:" + id,
                    "Partner user of " + text(partner, "name") + " (" + kind + ", " + clients.size() + " client account"
                            + (clients.size() == 1 ? "" : "s") + ")",
                    "partner", "demo-partner-" + id, null, id, kind, List.copyOf(clients)));
        });
        return List.copyOf(users);
    }

    /** As AccessRules.actsFor: a Solution Partner for its clients, a Technology Partner where it has production access. */
    private static boolean actsFor(String partnerId, String kind, JsonNode account) {
        boolean named = partnerId.equals(text(account, "solutionPartnerId"));
        boolean production = false;
        boolean access = false;
        for (JsonNode grant : account.path("partnerAccess")) {
            if (partnerId.equals(grant.path("partnerId").asText())) {
                access = true;
                production |= grant.path("productionAccess").asBoolean(false);
            }
        }
        return "SOLUTION".equals(kind) ? named || access : production;
    }

    private static AccountInfo info(String id, JsonNode account) {
        return new AccountInfo(id, text(account, "name"), text(account, "plan"), text(account, "contract"),
                text(account, "solutionPartnerId"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Bad seed item " + body, e);
        }
    }
}
