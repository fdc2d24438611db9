package desk.handler.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PutEventsBatchesTest {

    @Test
    void twenty_five_small_announcements_go_in_calls_of_ten_ten_and_five_in_order() {
        List<Announcement> announcements = IntStream.rangeClosed(1, 25).mapToObj(i -> announcement(i, 100)).toList();

        List<List<Announcement>> batches = PutEventsBatches.split(announcements);

        assertThat(batches).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(announcements);
    }

    @Test
    void a_call_never_carries_more_than_256_kb_as_eventbridge_counts_it() {
        List<Announcement> announcements = IntStream.rangeClosed(1, 7).mapToObj(i -> announcement(i, 100 * 1024)).toList();

        List<List<Announcement>> batches = PutEventsBatches.split(announcements);

        assertThat(batches).extracting(List::size).containsExactly(2, 2, 2, 1);
        assertThat(batches).allSatisfy(batch ->
                assertThat(batch.stream().mapToInt(PutEventsBatches::entrySize).sum()).isLessThanOrEqualTo(256 * 1024));
    }

    @Test
    void an_entry_over_the_limit_travels_alone_between_its_neighbours() {
        List<Announcement> announcements = List.of(announcement(1, 10), announcement(2, 300 * 1024), announcement(3, 10));

        assertThat(PutEventsBatches.split(announcements)).extracting(List::size).containsExactly(1, 1, 1);
    }

    @Test
    void the_size_counts_time_source_detail_type_and_detail_in_utf8_bytes() {
        Announcement announcement = new Announcement("1", "T/1", "desk.tickets", "Ticket Received", Instant.EPOCH, "{\"a\":\"é\"}");

        assertThat(PutEventsBatches.entrySize(announcement)).isEqualTo(14 + 12 + 15 + 10);
    }

    @Test
    void nothing_to_publish_makes_no_call() {
        assertThat(PutEventsBatches.split(List.of())).isEmpty();
    }

    private static Announcement announcement(int sequence, int detailBytes) {
        String detail = "{\"x\":\"" + "x".repeat(Math.max(0, detailBytes - 8)) + "\"}";
        return new Announcement("seq-" + sequence, "T/" + sequence, "desk.tickets", "Ticket Received",
                Instant.parse("2026-11-27T16:30:00Z"), detail);
    }
}
