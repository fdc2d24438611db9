package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import desk.devkit.SamTemplate;
import desk.store.AnnouncementRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ./desk bench-sweep} multiplies tickets by cloning an item intake wrote: a clone must be
 * exactly what intake would have written for its own receipt, index keys included, or the
 * benchmark measures a sweep over items production never writes. Each test on fresh tables.
 */
class ClonedTicketsAreSweptAsTheirOriginalsTest {
    private static final Instant DUE_RECEIPT = SweepBenchmark.DUE_RECEIPT;     // at risk 10:45Z, due 11:15Z
    private static final Instant LATER_RECEIPT = SweepBenchmark.LATER_RECEIPT; // at risk 11:15Z, due 11:45Z
    private static final Instant SWEEP_AT = SweepBenchmark.SWEEP_AT;           // 11:00Z
    private SweepWorld world;

    @BeforeEach
    void start() {
        world = SweepWorld.start(SamTemplate.locate(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_clone_is_the_item_intake_writes_for_the_shifted_receipt_under_the_clones_id() {
        Duration shift = Duration.ofMinutes(7).plusMillis(30_123);
        String prototype = world.open(DUE_RECEIPT);
        String original = world.open(DUE_RECEIPT.plus(shift));

        String cloneId = UUID.randomUUID().toString();

        Map<String, AttributeValue> clone = TicketClone.of(world.item(prototype), cloneId, shift);

        assertThat(clone).isEqualTo(renamed(world.item(original), original, cloneId));
    }

    @Test
    void cloned_due_tickets_are_swept_and_cloned_later_ones_not_until_their_checkpoint_comes() {
        String due = world.open(DUE_RECEIPT);
        List<String> dueClones = world.clone(due, 30, 3);
        String later = world.open(LATER_RECEIPT);
        List<String> laterClones = world.clone(later, 30, 3);

        SweepWorld.Sweep atNoon = world.sweep(SWEEP_AT);
        List<List<String>> laterAtNoon = laterClones.stream().map(this::announced).toList();
        SweepWorld.Sweep afterLaterAtRisk = world.sweep(Instant.parse("2026-12-01T11:20:00Z"));

        assertThat(atNoon.report().read()).as("read at noon: the due prototype and its clones").isEqualTo(31);
        assertThat(atNoon.report().atRisk()).isEqualTo(31);
        assertThat(laterAtNoon).allSatisfy(history -> assertThat(history).isEmpty());
        assertThat(afterLaterAtRisk.report().read()).as("read at 11:20: the due ones again (breached), the later ones").isEqualTo(62);
        assertThat(dueClones).allSatisfy(id -> assertThat(announced(id))
                .as("numbered after the prototype's Ticket Received")
                .containsExactly("2 SLA At Risk", "3 SLA Breached"));
        assertThat(laterClones).allSatisfy(id -> assertThat(announced(id)).containsExactly("2 SLA At Risk"));
        assertThat(announced(due)).containsExactly("1 Ticket Received", "2 SLA At Risk", "3 SLA Breached");
    }

    /** The announcements in the ticket's history, each as its sequence and detail type. */
    private List<String> announced(String ticketId) {
        return world.tickets().history(ticketId).stream()
                .map((AnnouncementRecord record) -> record.sequence() + " " + record.detailType())
                .toList();
    }

    private static Map<String, AttributeValue> renamed(Map<String, AttributeValue> item, String id, String newId) {
        Map<String, AttributeValue> renamed = new HashMap<>();
        item.forEach((name, value) -> renamed.put(name,
                value.s() == null ? value : AttributeValue.fromS(value.s().replace(id, newId))));
        return renamed;
    }
}
