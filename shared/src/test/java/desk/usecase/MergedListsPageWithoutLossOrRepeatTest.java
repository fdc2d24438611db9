package desk.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import desk.identity.Principal;
import desk.store.TicketLists;
import desk.ticket.Category;
import desk.ticket.TicketKind;
import desk.ticket.TicketStatus;
import desk.ticket.TicketSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Lists merged into pages (a partner's clients and its own tickets; the queue's statuses): over
 * seeded random lists, some sharing tickets and some filtered so a read returns fewer entries than
 * it read, following the cursor shows every ticket exactly once, in order.
 */
class MergedListsPageWithoutLossOrRepeatTest {

    /** A list as an index holds it: sorted positions, some hidden by a filter, read {@code limit} at a time. */
    private record FakeList(List<String> positions, List<Boolean> visible) {
        TicketLists.Page read(Optional<String> after, int limit) {
            List<TicketLists.Entry> entries = new ArrayList<>();
            int read = 0;
            int lastIndex = -1;
            for (int i = 0; i < positions.size() && read < limit; i++) {
                String position = positions.get(i);
                if (after.isPresent() && position.compareTo(after.get()) <= 0) {
                    continue;
                }
                read++;
                lastIndex = i;
                if (visible.get(i)) {
                    entries.add(new TicketLists.Entry(summary(position), position));
                }
            }
            boolean more = lastIndex >= 0 && lastIndex < positions.size() - 1;
            return new TicketLists.Page(entries, more ? Optional.of(positions.get(lastIndex)) : Optional.empty());
        }
    }

    @Test
    void following_the_cursor_shows_every_visible_ticket_once_in_order() {
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            List<String> universe = new ArrayList<>();
            int size = 1 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                universe.add(String.format("%04d#t%d", random.nextInt(10_000), i));
            }
            List<FakeList> lists = new ArrayList<>();
            TreeSet<String> expected = new TreeSet<>();
            int listCount = 1 + random.nextInt(4);
            for (int l = 0; l < listCount; l++) {
                TreeSet<String> chosen = new TreeSet<>();
                for (String position : universe) {
                    if (random.nextInt(3) > 0) {
                        chosen.add(position);
                    }
                }
                List<String> positions = new ArrayList<>(chosen);
                // A filter hides the same tickets in every list (it is a property of the ticket).
                List<Boolean> visible = positions.stream().map(p -> Math.floorMod(p.hashCode(), 5) != 0).toList();
                for (int i = 0; i < positions.size(); i++) {
                    if (visible.get(i)) {
                        expected.add(positions.get(i));
                    }
                }
                lists.add(new FakeList(positions, visible));
            }
            int limit = 1 + random.nextInt(6);

            List<String> shown = new ArrayList<>();
            Optional<String> after = Optional.empty();
            for (int page = 0; page < 1_000; page++) {
                Optional<String> from = after;
                TicketLists.Page merged = MergedLists.merge(lists.stream().map(list -> list.read(from, limit)).toList(),
                        Comparator.naturalOrder(), limit);
                assertThat(merged.entries()).hasSizeLessThanOrEqualTo(limit);
                merged.entries().forEach(entry -> shown.add(entry.position()));
                if (merged.next().isEmpty()) {
                    break;
                }
                assertThat(merged.next()).as("the cursor moves on").isNotEqualTo(after);
                after = merged.next();
            }

            assertThat(shown).as("run %d", run).containsExactlyElementsOf(expected);
        }
    }

    private static TicketSummary summary(String position) {
        return new TicketSummary("ticket-" + position, "acme", new Principal.CustomerUser("u", "acme"), TicketKind.QUESTION,
                Optional.empty(), Category.PLATFORM, "s", TicketStatus.NEW, Optional.empty(), Instant.EPOCH, Optional.empty(),
                Optional.empty(), "AWAITING", Optional.empty());
    }
}
