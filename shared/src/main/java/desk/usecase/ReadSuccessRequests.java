package desk.usecase;

import desk.access.AccessRules;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.TicketLists;
import jakarta.inject.Singleton;
import java.util.Comparator;
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
        List<TicketLists.Page> pages = accounts.managedBy(caller.subject()).stream()
                .flatMap(id -> accounts.find(id).stream())
                .filter(account -> AccessRules.answersRequestsOf(caller, account))
                .map(account -> lists.requestsOf(account.id(), before, request.limit()))
                .toList();
        // Only the requests partitions of accounts the rules gave the caller are read: nothing to filter.
        return ListOutcome.listed(MergedLists.merge(pages, Comparator.reverseOrder(), request.limit()), listKey);
    }
}
