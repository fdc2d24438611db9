package desk.intake;

import static desk.intake.IntakeFixtures.accountRequest;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.incident;
import static desk.intake.IntakeFixtures.madrid;
import static desk.intake.IntakeFixtures.open;
import static desk.intake.IntakeFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Policy, tickets: queue order is critical, major, minor incidents, then questions; account requests are not queued. */
class TheQueueServesCriticalIncidentsFirstTest {

    private static final IntakeContext CUSTOMER = byCustomerOf(directAccount(Plan.PREMIUM));
    private static final Instant RECEIVED = madrid("2026-11-23T10:00");

    private static Ticket opened(Map<String, Object> body) {
        return open(body, CUSTOMER, RECEIVED);
    }

    @Test
    void ranks_are_critical_1_major_2_minor_3_question_4() {
        // given
        List<Ticket> tickets = List.of(opened(incident(Severity.CRITICAL)), opened(incident(Severity.MAJOR)),
                opened(incident(Severity.MINOR)), opened(question()));

        // when
        List<Integer> ranks = tickets.stream().map(ticket -> ticket.queueRank().orElseThrow()).toList();

        // then
        assertThat(ranks).containsExactly(1, 2, 3, 4);
    }

    @Test
    void sorting_by_rank_puts_critical_before_major_before_minor_before_questions() {
        // given
        Ticket question = opened(question());
        Ticket minor = opened(incident(Severity.MINOR));
        Ticket critical = opened(incident(Severity.CRITICAL));
        Ticket major = opened(incident(Severity.MAJOR));

        // when
        List<Ticket> queue = Stream.of(question, minor, critical, major)
                .sorted(Comparator.comparingInt(ticket -> ticket.queueRank().orElseThrow()))
                .toList();

        // then
        assertThat(queue).containsExactly(critical, major, minor, question);
    }

    @Test
    void an_account_request_has_no_queue_rank() {
        // given
        Ticket request = opened(accountRequest());

        // when / then
        assertThat(request.queueRank()).isEmpty();
    }
}
