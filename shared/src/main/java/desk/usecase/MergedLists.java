package desk.usecase;

import desk.store.TicketLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several lists read into one page: each list's page is read from the same position, the entries
 * merged on their positions (a ticket in two lists counts once), and the page cut at the limit.
 * There may be more when any list had more, or when the merge cut entries off.
 */
final class MergedLists {
    private MergedLists() {}

    static TicketLists.Page merge(List<TicketLists.Page> pages, Comparator<String> order, int limit) {
        List<TicketLists.Entry> all = new ArrayList<>();
        pages.forEach(page -> all.addAll(page.entries()));
        all.sort(Comparator.comparing(TicketLists.Entry::position, order));
        List<TicketLists.Entry> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean cut = false;
        for (TicketLists.Entry entry : all) {
            if (!seen.add(entry.ticket().id())) {
                continue;
            }
            if (merged.size() == limit) {
                cut = true;
                break;
            }
            merged.add(entry);
        }
        boolean more = cut || pages.stream().anyMatch(page -> page.next().isPresent());
        return new TicketLists.Page(merged, more && !merged.isEmpty() ? Optional.of(merged.getLast().position()) : Optional.empty());
    }
}
