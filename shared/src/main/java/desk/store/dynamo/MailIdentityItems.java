package desk.store.dynamo;

import desk.account.MailUser;
import desk.mail.MailAddress;
import desk.store.ConcurrentUpdateException;
import desk.store.MailIdentityRefusedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The lookup items that make a mail's sender a party, written in the transaction of the account
 * or partner that lists them: {@code pk=MAILBOX#<address key>, sk=MAILBOX} (a known user's address:
 * {@code ownerKind} {@code account} or {@code partner}, {@code ownerId}, {@code subject}) and
 * {@code pk=MAILDOMAIN#<domain>, sk=MAILDOMAIN} (an account's mail domain: {@code ownerId}). Each
 * is put under {@code attribute_not_exists(pk) OR (#ownerKind = :kind AND #ownerId = :id)}, so one
 * address or domain has one owner; one no longer listed is deleted without a condition of its own
 * (only its owner's write touches it, and that write's own condition orders them).
 */
final class MailIdentityItems {
    static final String ACCOUNT = "account";
    static final String PARTNER = "partner";
    /** DynamoDB's limit on the items of one transaction. */
    private static final int TRANSACTION_ITEMS = 100;

    private MailIdentityItems() {}

    static Map<String, AttributeValue> mailboxKey(MailAddress address) {
        return TableKeys.key("MAILBOX#" + address.key(), "MAILBOX");
    }

    static Map<String, AttributeValue> domainKey(String domain) {
        return TableKeys.key("MAILDOMAIN#" + domain, "MAILDOMAIN");
    }

    /** A known user's lookup item: whose it is and the subject its mail acts as. */
    record Mailbox(String ownerKind, String ownerId, String subject) {}

    static Optional<Mailbox> mailbox(DeskTable table, MailAddress address) {
        return table.get(mailboxKey(address)).map(item -> {
            Item.Reader reader = Item.reader(item);
            return new Mailbox(reader.s("ownerKind"), reader.s("ownerId"), reader.s("subject"));
        });
    }

    static Optional<String> domainOwner(DeskTable table, String domain) {
        return table.get(domainKey(domain)).map(item -> Item.reader(item).s("ownerId"));
    }

    /**
     * Adds to the owner's transaction the lookup items it gains, changes and drops, between the
     * users and domains it listed before and those it lists now; unchanged ones are not written.
     */
    static void write(Transaction transaction, String ownerKind, String ownerId, List<MailUser> usersBefore,
                      List<MailUser> usersAfter, List<String> domainsBefore, List<String> domainsAfter) {
        Map<String, MailUser> before = byKey(usersBefore);
        Map<String, MailUser> after = byKey(usersAfter);
        Condition owned = ownedBy(ownerKind, ownerId);
        after.forEach((key, user) -> {
            if (!user.equals(before.get(key))) {
                transaction.put(mailboxName(key), Item.builder().with(mailboxKey(user.address()))
                        .s("entity", "MAILBOX")
                        .s("address", user.address().address())
                        .s("ownerKind", ownerKind)
                        .s("ownerId", ownerId)
                        .s("subject", user.subject())
                        .build(), owned);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key ->
                transaction.delete(mailboxName(key), mailboxKey(before.get(key).address())));
        domainsAfter.stream().filter(domain -> !domainsBefore.contains(domain)).forEach(domain ->
                transaction.put(domainName(domain), Item.builder().with(domainKey(domain))
                        .s("entity", "MAIL_DOMAIN")
                        .s("domain", domain)
                        .s("ownerKind", ownerKind)
                        .s("ownerId", ownerId)
                        .build(), owned));
        domainsBefore.stream().filter(domain -> !domainsAfter.contains(domain)).forEach(domain ->
                transaction.delete(domainName(domain), domainKey(domain)));
    }

    /** Refuses, before writing, a transaction too large for DynamoDB because of the addresses and domains it moves. */
    static void refuseIfTooLarge(Transaction transaction, String party, int mailChanges) {
        if (transaction.size() > TRANSACTION_ITEMS) {
            int max = Math.max(0, mailChanges - (transaction.size() - TRANSACTION_ITEMS));
            throw new MailIdentityRefusedException(party, List.of(
                    new MailIdentityRefusedException.Refusal.TooManyChanges(mailChanges, max)), null);
        }
    }

    /**
     * Why a write of an owner failed on its lookup items: those another party holds now are
     * refused; if none is, they changed in between and the write is decided again.
     */
    static RuntimeException refusal(DeskTable table, String party, String ownerKind, String ownerId, List<MailUser> users,
                                    List<String> domains, Transaction.ConditionsFailed failed) {
        List<MailIdentityRefusedException.Refusal> refusals = new ArrayList<>();
        for (MailUser user : users) {
            if (failed.failed(mailboxName(user.address().key()))) {
                mailbox(table, user.address()).filter(box -> !(box.ownerKind().equals(ownerKind) && box.ownerId().equals(ownerId)))
                        .ifPresent(box -> refusals.add(new MailIdentityRefusedException.Refusal.Taken(
                                user.address().key(), box.ownerKind(), box.ownerId())));
            }
        }
        for (String domain : domains) {
            if (failed.failed(domainName(domain))) {
                domainOwner(table, domain).filter(owner -> !owner.equals(ownerId)).ifPresent(owner ->
                        refusals.add(new MailIdentityRefusedException.Refusal.Taken(domain, ACCOUNT, owner)));
            }
        }
        if (!refusals.isEmpty()) {
            return new MailIdentityRefusedException(party, refusals, failed);
        }
        return new ConcurrentUpdateException("the mail identity of " + party + " changed concurrently", failed);
    }

    static int changes(List<MailUser> usersBefore, List<MailUser> usersAfter, List<String> domainsBefore, List<String> domainsAfter) {
        Map<String, MailUser> before = byKey(usersBefore);
        Map<String, MailUser> after = byKey(usersAfter);
        long users = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count()
                + before.keySet().stream().filter(key -> !after.containsKey(key)).count();
        long domains = domainsAfter.stream().filter(d -> !domainsBefore.contains(d)).count()
                + domainsBefore.stream().filter(d -> !domainsAfter.contains(d)).count();
        return (int) (users + domains);
    }

    /** A known user as an attribute value of its owner's item. */
    static Map<String, AttributeValue> user(MailUser user) {
        return Map.of("address", Item.s(user.address().address()), "subject", Item.s(user.subject()));
    }

    static List<MailUser> users(Item.Reader item, String name) {
        return item.list(name).stream().map(user -> new MailUser(MailAddress.of(user.s("address")), user.s("subject"))).toList();
    }

    static List<String> strings(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }

    private static Condition ownedBy(String ownerKind, String ownerId) {
        return new Condition("attribute_not_exists(pk) OR (#ownerKind = :ownerKind AND #ownerId = :ownerId)",
                Map.of("#ownerKind", "ownerKind", "#ownerId", "ownerId"),
                Map.of(":ownerKind", Item.s(ownerKind), ":ownerId", Item.s(ownerId)));
    }

    private static Map<String, MailUser> byKey(List<MailUser> users) {
        Map<String, MailUser> byKey = new LinkedHashMap<>();
        users.forEach(user -> byKey.put(user.address().key(), user));
        return byKey;
    }

    private static String mailboxName(String key) {
        return "mailbox " + key;
    }

    private static String domainName(String domain) {
        return "mail domain " + domain;
    }
}
