package desk.usecase;

import desk.access.AccessRules;
import desk.access.Caller;
import desk.account.Account;
import desk.account.ClientLink;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.TicketLists;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /tickets}: the tickets in the caller's own scope, newest first, paged. A customer
 * sees its account's; a partner its current client accounts' and those it opened; vendor staff
 * name the account ({@code accountId}). Every entry is checked by {@link AccessRules} on its
 * account as it is now, so the indexes only narrow what is read, never decide what is shown.
 */
@Singleton
public class ListTickets {
    private final TicketLists lists;
    private final AccountStore accounts;
    private final TicketAccess access;

    ListTickets(TicketLists lists, AccountStore accounts, TicketAccess access) {
        this.lists = lists;
        this.accounts = accounts;
        this.access = access;
    }

    public ListOutcome list(Principal principal, Map<String, String> query) {
        ListRequest request = ListRequest.read(query, "accountId");
        Optional<String> named = request.filters().id("accountId");
        Caller caller = access.caller(principal);
        boolean staff = AccessRules.listsAnyAccount(principal);
        if (staff && named.isEmpty() && !request.filters().has("accountId")) {
            request.filters().problem("accountId", "is required: name the account whose tickets to list (the queue is GET /queue)");
        }
        String listKey = "tickets|accountId=" + named.orElse("");
        Optional<String> before = request.position(listKey);
        if (!request.problems().isEmpty()) {
            return new ListOutcome.Refused(request.problems());
        }
        Map<String, Account> scope = new HashMap<>();
        if (named.isPresent()) {
            Optional<Account> account = accounts.find(named.get())
                    .filter(a -> staff || AccessRules.actsFor(caller, a));
            if (account.isEmpty()) {
                return new ListOutcome.AccountNotFound(named.get());
            }
            scope.put(account.get().id(), account.get());
        } else {
            ownAccounts(caller).forEach(account -> scope.put(account.id(), account));
        }
        List<TicketLists.Page> pages = new ArrayList<>();
        scope.keySet().forEach(accountId -> {
            pages.add(lists.ofAccount(accountId, before, request.limit()));
            pages.add(lists.requestsOf(accountId, before, request.limit()));
        });
        if (named.isEmpty() && principal instanceof Principal.PartnerUser partner) {
            pages.add(lists.openedByPartner(partner.partnerId(), before, request.limit()));
        }
        TicketLists.Page merged = MergedLists.merge(pages, Comparator.reverseOrder(), request.limit());
        List<TicketLists.Entry> shown = merged.entries().stream()
                .filter(entry -> AccessRules.partyOf(caller, entry.ticket(), () -> accountOf(entry, scope)).isPresent())
                .toList();
        TicketLists.Page page = new TicketLists.Page(shown, merged.next());
        return ListOutcome.listed(page, listKey);
    }

    /** The accounts a customer or partner acts for today: its own, or the partner's current clients. */
    private List<Account> ownAccounts(Caller caller) {
        return switch (caller.principal()) {
            case Principal.CustomerUser customer -> accounts.find(customer.accountId()).stream().toList();
            case Principal.PartnerUser partner -> accounts.clientsOf(partner.partnerId()).stream()
                    .map(ClientLink::accountId)
                    .flatMap(id -> accounts.find(id).stream())
                    .filter(account -> AccessRules.actsFor(caller, account))
                    .toList();
            default -> List.of();
        };
    }

    /** A partner's own tickets may be of accounts that are no longer its clients: read those as needed. */
    private Account accountOf(TicketLists.Entry entry, Map<String, Account> scope) {
        return scope.computeIfAbsent(entry.ticket().accountId(), id -> accounts.find(id).orElseThrow(
                () -> new IllegalStateException("ticket " + entry.ticket().id() + " names missing account " + id)));
    }
}
