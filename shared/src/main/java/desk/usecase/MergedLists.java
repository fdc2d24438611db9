package desk.usecase;

import desk.store.TicketLists;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Several lists read into one page. Each list's page is read from the same position; a list with
 * more to read has been read only up to its last position, so nothing past the earliest of those
 * can be shown yet (another list may hold entries before it). Entries up to that boundary are
 * merged on their positions (a ticket in two lists counts once) and cut at the limit; the next
 * page resumes after the last entry shown, or at the boundary when fewer were left.
 */
final class MergedLists {
    private MergedLists() {}

    static TicketLists.Page merge(List<TicketLists.Page> pages, Comparator<String> order, int limit) {
        Optional<String> boundary = pages.stream().flatMap(page -> page.next().stream()).min(order);
        List<TicketLists.Entry> all = new ArrayList<>();
        pages.forEach(page -> all.addAll(page.entries()));
        all.sort(Comparator.comparing(TicketLists.Entry::position, order));
        List<TicketLists.Entry> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TicketLists.Entry entry : all) {
            if (boundary.isPresent() && order.compare(entry.position(), boundary.get()) > 0) {
                break;
            }
            if (!seen.add(entry.ticket().id())) {
                continue;
            }
            if (merged.size() == limit) {
                return new TicketLists.Page(merged, Optional.of(merged.getLast().position()));
            }
            merged.add(entry);
        }
        return new TicketLists.Page(merged, boundary);
    }
}
