package desk.store.dynamo;

import desk.account.Account;
import desk.account.ClientLink;
import desk.account.MailUser;
import desk.account.Partner;
import desk.account.PartnerKind;
import desk.store.AccountStore;
import desk.store.ConcurrentUpdateException;
import desk.store.PartnerReferencesRefusedException;
import desk.store.Saved;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Accounts at {@code pk=ACCOUNT#<id>, sk=ACCOUNT}, versioned. A put reads the account, then writes
 * one {@link Transaction}: the account (new, or at the version read), and for each partner it
 * names now or named before, the partner (its reference counter moved, or only checked when the
 * reference stays) and the client link at {@code pk=PARTNER#<partner>, sk=CLIENT#<account>}. So an
 * account never names a missing partner, nor a Solution Partner of another kind, and the counters
 * and links always match the accounts. The account's Customer Success Manager link
 * ({@code pk=MANAGER#<manager>, sk=ACCOUNT#<account>}) moves with it in the same transaction, and
 * so do the lookup items of its mail users and domains ({@link MailIdentityItems}). docs/access-patterns.md lists every condition.
 */
@Singleton
class DynamoAccountStore implements AccountStore {
    private static final String ACCOUNT = "account";
    private static final String MANAGER_LINK = "manager link";
    private static final String FORMER_MANAGER_LINK = "former manager link";

    private final DeskTable table;

    DynamoAccountStore(DeskTable table) {
        this.table = table;
    }

    @Override
    public Saved put(Account account) {
        Optional<Map<String, AttributeValue>> stored = table.get(TableKeys.account(account.id()));
        long version = stored.map(PartyItems::version).orElse(0L);
        // An account stored before versions had its references neither counted nor linked: its first write counts them.
        Map<String, ClientLink> before = stored.filter(item -> version > 0)
                .map(item -> byPartner(PartyItems.account(item))).orElse(Map.of());
        Map<String, ClientLink> after = byPartner(account);

        Transaction transaction = Transaction.on(table).put(ACCOUNT, PartyItems.toItem(account, version + 1),
                stored.isEmpty() ? Condition.NEW_ITEM : PartyItems.accountAt(version));
        for (ClientLink link : after.values()) {
            // One operation per partner item: DynamoDB refuses two on one item in a transaction.
            Condition referable = PartyItems.mayBeReferencedAs(link.relation());
            if (before.containsKey(link.partnerId())) {
                transaction.check(partner(link.partnerId()), TableKeys.partner(link.partnerId()), referable);
            } else {
                transaction.update(partner(link.partnerId()), TableKeys.partner(link.partnerId()),
                        Update.counting(PartyItems.REFERENCES, 1), referable);
            }
            transaction.put(link(link.partnerId()), PartyItems.toItem(link));
        }
        List<String> dropped = before.keySet().stream().filter(partnerId -> !after.containsKey(partnerId)).toList();
        for (String partnerId : dropped) {
            transaction.update(partner(partnerId), TableKeys.partner(partnerId), Update.counting(PartyItems.REFERENCES, -1),
                    Condition.EXISTING);
            transaction.delete(link(partnerId), TableKeys.clientLink(partnerId, account.id()));
        }
        // The manager's link follows the account, in the same transaction.
        Optional<String> managerBefore = stored.flatMap(item -> PartyItems.account(item).successManagerId());
        account.successManagerId().ifPresent(manager ->
                transaction.put(MANAGER_LINK, PartyItems.managedAccount(manager, account.id())));
        managerBefore.filter(manager -> !account.successManagerId().equals(Optional.of(manager))).ifPresent(manager ->
                transaction.delete(FORMER_MANAGER_LINK, TableKeys.managedAccount(manager, account.id())));
        Optional<Account> was = stored.map(PartyItems::account);
        List<MailUser> usersBefore = was.map(Account::mailUsers).orElse(List.of());
        List<String> domainsBefore = was.map(Account::mailDomains).orElse(List.of());
        MailIdentityItems.write(transaction, MailIdentityItems.ACCOUNT, account.id(), usersBefore, account.mailUsers(),
                domainsBefore, account.mailDomains());
        MailIdentityItems.refuseIfTooLarge(transaction, "account " + account.id(),
                MailIdentityItems.changes(usersBefore, account.mailUsers(), domainsBefore, account.mailDomains()));
        try {
            transaction.commit();
        } catch (Transaction.ConditionsFailed failed) {
            throw refusal(account, after.values(), dropped, failed);
        }
        return stored.isEmpty() ? Saved.CREATED : Saved.REPLACED;
    }

    /** Why the write was cancelled, read from the partners as they are now, so that every refused one is named. */
    private RuntimeException refusal(Account account, Iterable<ClientLink> links, List<String> dropped,
                                     Transaction.ConditionsFailed failed) {
        if (failed.failed(ACCOUNT)) {
            return new ConcurrentUpdateException("account " + account.id() + " changed concurrently", failed);
        }
        RuntimeException mail = MailIdentityItems.refusal(table, "account " + account.id(), MailIdentityItems.ACCOUNT,
                account.id(), account.mailUsers(), account.mailDomains(), failed);
        if (mail instanceof desk.store.MailIdentityRefusedException) {
            return mail;
        }
        List<PartnerReferencesRefusedException.Refusal> refusals = new ArrayList<>();
        for (ClientLink link : links) {
            Optional<PartnerKind> kind = table.get(TableKeys.partner(link.partnerId())).map(PartyItems::partner).map(Partner::kind);
            if (kind.isEmpty() || (link.relation() == ClientLink.Relation.SOLUTION_PARTNER && kind.get() != PartnerKind.SOLUTION)) {
                refusals.add(new PartnerReferencesRefusedException.Refusal(link.partnerId(), kind));
            }
        }
        if (!refusals.isEmpty()) {
            return new PartnerReferencesRefusedException(account.id(), refusals, failed);
        }
        for (String partnerId : dropped) {
            if (failed.failed(partner(partnerId))) {
                // Partners are never deleted through the API: a counted one that is gone is damage to repair, not to retry.
                return new IllegalStateException("partner " + partnerId + ", which account " + account.id()
                        + " references, no longer exists", failed);
            }
        }
        // The partners fit now: they changed between the write and this read. Decide again.
        return new ConcurrentUpdateException("the partners of account " + account.id() + " changed concurrently", failed);
    }

    private static Map<String, ClientLink> byPartner(Account account) {
        Map<String, ClientLink> links = new LinkedHashMap<>();
        account.clientLinks().forEach(link -> links.put(link.partnerId(), link));
        return links;
    }

    private static String partner(String partnerId) {
        return "partner " + partnerId;
    }

    private static String link(String partnerId) {
        return "client link " + partnerId;
    }

    @Override
    public Optional<Account> find(String accountId) {
        return table.get(TableKeys.account(accountId)).map(PartyItems::account);
    }

    @Override
    public List<String> managedBy(String successManagerId) {
        return table.itemsStartingWith(TableKeys.managerPk(successManagerId), PartyItems.MANAGED_PREFIX).stream()
                .map(item -> item.get("accountId").s()).toList();
    }

    @Override
    public List<ClientLink> clientsOf(String partnerId) {
        return table.itemsStartingWith(TableKeys.partnerPk(partnerId), PartyItems.CLIENT_PREFIX).stream()
                .map(PartyItems::clientLink).toList();
    }
}
