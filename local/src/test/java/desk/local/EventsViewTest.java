package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsViewTest {

    private static final String RECEIVED = """
            {"version":"0","id":"e-1","detail-type":"Ticket Received","source":"desk.tickets","account":"123456789012",\
            "time":"2026-11-27T16:30:00Z","region":"eu-south-2","resources":[],\
            "detail":{"eventId":"T-1/1","ticketId":"T-1","sequence":1,"kind":"INCIDENT"}}""";
    private static final String ANSWERED = RECEIVED.replace("e-1", "e-2").replace("Ticket Received", "First Response Recorded")
            .replace("T-1/1", "T-1/2").replace("\"sequence\":1", "\"sequence\":2");

    @TempDir
    Path dir;

    @Test
    void each_event_reads_as_time_type_ticket_and_event_id_above_its_detail() {
        assertThat(EventsView.format(RECEIVED).lines().toList()).containsExactly(
                "2026-11-27T16:30:00Z  Ticket Received  ticket T-1  eventId T-1/1  (desk.tickets)",
                "    {\"eventId\":\"T-1/1\",\"ticketId\":\"T-1\",\"sequence\":1,\"kind\":\"INCIDENT\"}");
    }

    @Test
    void listing_prints_every_event_of_the_file_in_order() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.write(file, List.of(RECEIVED, ANSWERED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int count = new EventsView(file, new PrintStream(out, true, StandardCharsets.UTF_8)).list();

        assertThat(count).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsSubsequence("eventId T-1/1", "eventId T-1/2");
    }

    @Test
    void following_prints_lines_appended_by_another_writer_and_only_whole_ones() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, RECEIVED + "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicBoolean following = new AtomicBoolean(true);
        EventsView view = new EventsView(file, new PrintStream(out, true, StandardCharsets.UTF_8));
        Thread follower = Thread.ofVirtual().start(() -> {
            try {
                view.follow(following::get);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(Eventually.within(Duration.ofSeconds(5), () -> printed(out).contains("T-1/1"))).isTrue();

            Files.writeString(file, ANSWERED.substring(0, 40), java.nio.file.StandardOpenOption.APPEND);
            Thread.sleep(600);
            assertThat(printed(out)).doesNotContain("First Response Recorded");
            Files.writeString(file, ANSWERED.substring(40) + "\n", java.nio.file.StandardOpenOption.APPEND);

            assertThat(Eventually.within(Duration.ofSeconds(5), () -> printed(out).contains("eventId T-1/2"))).isTrue();
        } finally {
            following.set(false);
            follower.join();
        }
        assertThat(printed(out).lines().filter(line -> line.contains("  eventId ")).toList()).hasSize(2);
    }

    @Test
    void the_launchers_events_command_lists_the_events_file_beside_the_template() throws Exception {
        FixtureTemplate.in(dir);
        Files.createDirectories(dir.resolve(".local"));
        Files.write(dir.resolve(".local/events.jsonl"), List.of(RECEIVED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = new DeskLauncher(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC())
                .run(List.of("events", "--template", dir.resolve("template.yaml").toString()));

        assertThat(status).isZero();
        assertThat(printed(out)).startsWith("2026-11-27T16:30:00Z  Ticket Received  ticket T-1");
    }

    private static String printed(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }
}
