package desk.usecase;

import desk.access.AccessRules;
import desk.account.Account;
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
 * {@code GET /success/requests}: a Customer Success Manager's own list, the account requests of
 * the accounts that name them now, newest first, paged. Account requests never reach the support
 * queue; they are reported against their 3-business-day target, never announced as a breach.
 */
@Singleton
public class ReadSuccessRequests {
    private final TicketLists lists;
    private final AccountStore accounts;

    ReadSuccessRequests(TicketLists lists, AccountStore accounts) {
        this.lists = lists;
        this.accounts = accounts;
    }

    public ListOutcome read(Principal caller, Map<String, String> query) {
        if (!AccessRules.servesCustomerSuccess(caller)) {
            return new ListOutcome.Forbidden("account requests are answered by Customer Success, vendor staff");
        }
        ListRequest request = ListRequest.read(query);
        String listKey = "success-requests";
        Optional<String> before = request.position(listKey);
        if (!request.problems().isEmpty()) {
            return new ListOutcome.Refused(request.problems());
        }
        Map<String, Account> managed = new HashMap<>();
        accounts.managedBy(caller.subject()).forEach(id -> accounts.find(id)
                .filter(account -> AccessRules.answersRequestsOf(caller, account))
                .ifPresent(account -> managed.put(account.id(), account)));
        List<TicketLists.Page> pages = new ArrayList<>();
        managed.keySet().forEach(accountId -> pages.add(lists.requestsOf(accountId, before, request.limit())));
        TicketLists.Page merged = MergedLists.merge(pages, Comparator.reverseOrder(), request.limit());
        List<TicketLists.Entry> shown = merged.entries().stream()
                .filter(entry -> managed.containsKey(entry.ticket().accountId()))
                .toList();
        TicketLists.Page page = new TicketLists.Page(shown, merged.next());
        return ListOutcome.listed(page, listKey);
    }
}
