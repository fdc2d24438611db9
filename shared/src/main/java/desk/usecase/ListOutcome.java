package desk.usecase;

import desk.store.TicketLists;
import desk.validation.FieldProblem;
import java.util.List;
import java.util.Optional;

/** What a request for a list of tickets came to: the queue, a party's tickets, a manager's requests. */
public sealed interface ListOutcome {
    /** A page, and the cursor of the next one when more may follow. */
    record Listed(TicketLists.Page page, Optional<String> cursor) implements ListOutcome {}

    record Refused(List<FieldProblem> problems) implements ListOutcome {}

    /** The caller's role never reads this list. */
    record Forbidden(String reason) implements ListOutcome {}

    /** The named account is unknown or not the caller's: both answer the same. */
    record AccountNotFound(String accountId) implements ListOutcome {}

    /** {@code page}, with the cursor of its next page in the list {@code listKey} names. */
    static Listed listed(TicketLists.Page page, String listKey) {
        return new Listed(page, page.next().map(position -> ListRequest.cursor(listKey, position)));
    }
}
