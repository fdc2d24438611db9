package desk.usecase;

import desk.access.AccessRules;
import desk.identity.Principal;
import desk.store.TicketLists;
import desk.ticket.TicketStatus;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agents' queue: support tickets not yet solved in the policy's order (critical, major, minor
 * incidents, then questions, each oldest first), paged, filterable by status and by assignee.
 */
@Singleton
public class ReadQueue {
    private final TicketLists lists;

    ReadQueue(TicketLists lists) {
        this.lists = lists;
    }

    public ListOutcome read(Principal caller, Map<String, String> query) {
        if (!AccessRules.worksTickets(caller)) {
            return new ListOutcome.Forbidden("the queue is support agents' work list");
        }
        ListRequest request = ListRequest.read(query, "status", "assignee");
        Optional<TicketStatus> status = request.filters().enumValue("status", TicketStatus.class);
        Optional<String> assignee = request.filters().text("assignee", 256);
        if (status.filter(s -> !s.isQueued()).isPresent()) {
            request.filters().problem("status", "the queue holds " + TicketStatus.queued() + " tickets only");
        }
        String listKey = "queue|status=" + status.map(Enum::name).orElse("") + "|assignee=" + assignee.orElse("");
        Optional<String> after = request.position(listKey);
        if (!request.problems().isEmpty()) {
            return new ListOutcome.Refused(request.problems());
        }
        List<TicketLists.Page> pages = assignee.isPresent()
                ? List.of(lists.assignedTo(assignee.get(), status, after, request.limit()))
                : status.map(List::of).orElseGet(TicketStatus::queued).stream()
                        .map(partition -> lists.queue(partition, after, request.limit()))
                        .toList();
        TicketLists.Page page = MergedLists.merge(pages, Comparator.naturalOrder(), request.limit());
        return ListOutcome.listed(page, listKey);
    }
}
