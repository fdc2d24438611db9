package desk.ticket;

import static desk.ticket.Tickets.enterpriseIncidentReceivedAt;
import static desk.ticket.Tickets.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.sla.FirstResponseDeadline;
import desk.sla.SlaState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy, "First-response SLA": at risk at 75% of the target, breached once {@code dueAt} has
 * passed, each announced once, with the business calendar of the foundation: across a weekend, a
 * national holiday and both DST switches of 2026 and 2027.
 */
class TheSweepDecidesEachCheckpointOnceTest {

    @ParameterizedTest(name = "received {0} Madrid: at risk {1}, due {2}")
    @CsvSource({
            // Enterprise (2 h; at risk after 1 h 30 min), Madrid local times.
            "2026-11-27T17:30, 2026-11-30T09:00, 2026-11-30T09:30", // across a weekend
            "2026-12-07T17:30, 2026-12-09T09:00, 2026-12-09T09:30", // 8 Dec, Immaculate Conception
            "2026-03-27T17:00, 2026-03-30T08:30, 2026-03-30T09:00", // CET to CEST on 29 Mar 2026
            "2026-10-23T17:30, 2026-10-26T09:00, 2026-10-26T09:30", // CEST to CET on 25 Oct 2026
            "2027-03-25T17:15, 2027-03-29T08:45, 2027-03-29T09:15", // Good Friday 26 Mar, then CET to CEST on 28 Mar 2027
            "2027-10-29T17:45, 2027-11-02T09:15, 2027-11-02T09:45"  // CEST to CET on 31 Oct 2027, then 1 Nov
    })
    void a_second_before_a_checkpoint_nothing_a_second_after_one_announcement(String received, String atRisk, String due) {
        AwaitingTicket ticket = awaiting(enterpriseIncidentReceivedAt(madrid(received)));
        Instant atRiskAt = madrid(atRisk);
        Instant dueAt = madrid(due);
        assertThat(ticket.dueAt()).isEqualTo(dueAt);

        assertThat(ticket.at(atRiskAt.minusSeconds(1))).isEmpty();
        AwaitingTicket.Swept atRiskSwept = ticket.at(atRiskAt.plusSeconds(1)).orElseThrow();
        assertThat(atRiskSwept.announcements()).extracting(a -> a.event().detailType()).containsExactly("SLA At Risk");
        assertThat(atRiskSwept.next()).isEqualTo(new SlaState.Awaiting(SlaState.Checkpoint.due(dueAt)));

        AwaitingTicket atRiskAnnounced = afterwards(atRiskSwept);
        assertThat(atRiskAnnounced.at(atRiskAt.plusSeconds(2))).as("a second sweep").isEmpty();
        assertThat(atRiskAnnounced.at(dueAt)).as("a reply at dueAt is in time").isEmpty();
        AwaitingTicket.Swept breached = atRiskAnnounced.at(dueAt.plusSeconds(1)).orElseThrow();
        assertThat(breached.announcements()).extracting(a -> a.event().detailType()).containsExactly("SLA Breached");
        assertThat(breached.next()).isEqualTo(new SlaState.Breached(Optional.empty()));
        assertThat(breached.announcements().getFirst().sequence()).isEqualTo(atRiskSwept.announced() + 1);
    }

    /** The ticket as the index shows it after the sweep's write. */
    private static AwaitingTicket afterwards(AwaitingTicket.Swept swept) {
        AwaitingTicket before = swept.ticket();
        return new AwaitingTicket(before.ticketId(), before.version() + 1, swept.announced(),
                ((SlaState.Awaiting) swept.next()).next(), before.atRiskAt(), before.dueAt());
    }

    private static AwaitingTicket awaiting(Ticket ticket) {
        FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
        return new AwaitingTicket(ticket.id(), ticket.version(), ticket.announced(),
                ((SlaState.Awaiting) ticket.sla()).next(), deadline.atRiskAt(), deadline.dueAt());
    }
}
