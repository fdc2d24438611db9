package desk.ticket;

import static desk.ticket.Tickets.AGENT;
import static desk.ticket.Tickets.MADRID;
import static desk.ticket.Tickets.enterpriseIncidentReceivedAt;
import static desk.ticket.Tickets.madrid;
import static desk.ticket.Tickets.message;
import static org.assertj.core.api.Assertions.assertThat;

import desk.conversation.Message;
import desk.conversation.Visibility;
import desk.sla.FirstResponse;
import desk.sla.SlaState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy: "when two responses race, the earliest wins", announced once. Whatever order racing
 * messages are applied in (the order their writes happen to commit), the stamp is the earliest
 * qualifying message, exactly one "First Response Recorded" is announced, and the last of the
 * ticket's first-response announcements (recorded, then any corrections) names the stamp, so a
 * consumer applying them in sequence order agrees with the ticket. Seeded random conversations,
 * the seed in the test's name.
 */
class RacingRespondersKeepTheEarliestStampTest {
    private static final Instant RECEIVED = madrid("2026-11-23T10:00");
    private static final Instant DUE = madrid("2026-11-23T12:00");

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void any_commit_order_keeps_the_earliest_support_response_and_announces_it_once(long seed) {
        Random random = new Random(seed);
        Ticket ticket = enterpriseIncidentReceivedAt(RECEIVED);
        List<Message> messages = randomConversation(ticket, random);
        List<Message> commitOrder = new ArrayList<>(messages);
        Collections.shuffle(commitOrder, random);

        Ticket current = ticket;
        List<Announcement> announced = new ArrayList<>();
        for (Message message : commitOrder) {
            TicketChange change = current.withMessage(message, MADRID);
            announced.addAll(change.announcements());
            current = change.ticket();
        }
        long recorded = announced.stream().filter(a -> a.event() instanceof TicketEvent.FirstResponseRecorded).count();

        Optional<Message> earliest = messages.stream().filter(Message::isSupportResponse)
                .min(Comparator.comparing(Message::postedAt).thenComparing(Message::id));
        assertThat(current.sla().firstResponse().map(FirstResponse::messageId)).isEqualTo(earliest.map(Message::id));
        assertThat(recorded).isEqualTo(earliest.isPresent() ? 1 : 0);
        assertThat(announced.stream().filter(a -> a.event() instanceof TicketEvent.FirstResponseRecorded
                        || a.event() instanceof TicketEvent.FirstResponseCorrected)
                .map(a -> a.detail().get("messageId")).reduce((first, last) -> last))
                .isEqualTo(earliest.map(Message::id));
        assertThat(announced).extracting(Announcement::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(ticket.announced() + 1, current.announced()).boxed().toList());
        SlaState outcome = current.sla();
        earliest.ifPresent(first -> assertThat(outcome).isInstanceOf(
                first.postedAt().isAfter(DUE) ? SlaState.Breached.class : SlaState.Met.class));
    }

    private static List<Message> randomConversation(Ticket ticket, Random random) {
        List<Message> messages = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            Instant at = RECEIVED.plusSeconds(random.nextInt(4 * 3600));
            boolean byAgent = random.nextInt(3) > 0;
            Visibility visibility = byAgent && random.nextInt(4) == 0 ? Visibility.INTERNAL : Visibility.PUBLIC;
            boolean automatic = byAgent && random.nextInt(4) == 0;
            messages.add(message(ticket, byAgent ? AGENT : ticket.openedBy(), visibility, automatic, at));
        }
        return messages;
    }
}
