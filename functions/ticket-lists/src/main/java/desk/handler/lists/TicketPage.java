package desk.handler.lists;

import desk.identity.Principal;
import desk.store.TicketLists;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/**
 * A page of a list: its entries and, when more may follow, the cursor to send back for the next
 * page. A page may hold fewer entries than the limit and still have a next one; the list ends
 * when {@code nextCursor} is absent.
 */
@Serdeable
public record TicketPage(List<TicketSummaryView> tickets, String nextCursor) {
    static TicketPage of(TicketLists.Page page, Optional<String> cursor, Principal viewer) {
        return new TicketPage(page.entries().stream().map(entry -> TicketSummaryView.of(entry.ticket(), viewer)).toList(),
                cursor.orElse(null));
    }
}
