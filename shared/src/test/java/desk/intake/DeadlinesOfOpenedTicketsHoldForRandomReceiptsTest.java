package desk.intake;

import static desk.intake.IntakeFixtures.INTAKE;
import static desk.intake.IntakeFixtures.MADRID;
import static desk.intake.IntakeFixtures.accepted;
import static desk.intake.IntakeFixtures.accountRequest;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.madridCalendar;
import static desk.intake.IntakeFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import desk.calendar.BusinessCalendar;
import desk.calendar.BusinessTime;
import desk.sla.FirstResponseDeadline;
import desk.sla.FirstResponseTargets;
import desk.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy, first-response SLA: dueAt is the earliest instant at which the elapsed business time equals the target, and
 * a ticket is at risk at 75% of it. Checked over seeded random receipts across 2026-2027 for every plan; a failure
 * names its seed, case and receipt, so it can be replayed.
 */
class DeadlinesOfOpenedTicketsHoldForRandomReceiptsTest {

    private static final int CASES_PER_SEED = 300;
    private static final Instant EARLIEST = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.between(EARLIEST, Instant.parse("2028-01-01T00:00:00Z")).toSeconds();
    /** Local times worth hitting exactly: around opening, closing, midnight and the DST switch hours. */
    private static final List<LocalTime> EDGES = Stream.of(
            "00:00", "02:30", "07:59:59", "08:00", "08:00:01", "12:00", "17:59:59", "18:00", "18:00:01", "23:59:59")
            .map(LocalTime::parse).toList();
    private static final FirstResponseTargets TARGETS = FirstResponseTargets.policyDefaults();

    static LongStream seeds() {
        return LongStream.of(1, 2, 3, 7, 42, 1_000, 65_537, 20_261_127, 20_261_207, 987_654_321);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void each_plans_deadline_is_the_target_in_business_time_after_receipt(long seed) {
        BusinessCalendar calendar = madridCalendar();
        Random random = new Random(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            // given
            Instant receivedAt = randomReceipt(random);
            for (Plan plan : Plan.values()) {
                String label = "seed " + seed + ", case " + i + ", " + plan + " received " + receivedAt.atZone(MADRID);
                var context = byCustomerOf(directAccount(plan));
                Duration target = ((BusinessTime.Hours) TARGETS.forPlan(plan)).time();

                // when
                Ticket ticket = INTAKE.open("t-" + i, accepted(TicketForm.read(question(), context)), context,
                        receivedAt, calendar).ticket();

                // then
                FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
                Instant dueAt = deadline.dueAt();
                Instant atRiskAt = deadline.atRiskAt().orElseThrow();
                assertThat(dueAt).as(label).isEqualTo(calendar.addBusinessTime(receivedAt, target));
                assertThat(calendar.businessTimeBetween(receivedAt, dueAt)).as(label).isEqualTo(target);
                assertThat(atRiskAt).as(label).isBeforeOrEqualTo(dueAt).isAfterOrEqualTo(receivedAt);
                assertThat(calendar.businessTimeBetween(receivedAt, atRiskAt)).as(label)
                        .isEqualTo(Duration.ofMillis(target.toMillis() * 3 / 4));
                assertThat(deadline.clockStartedAt()).as(label).isEqualTo(calendar.nextOpening(receivedAt));
                assertThat(deadline.calendarVersion()).as(label).isEqualTo("2026-1");
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void an_account_requests_deadline_is_thirty_business_hours_after_receipt_with_no_at_risk_checkpoint(long seed) {
        BusinessCalendar calendar = madridCalendar();
        Random random = new Random(seed);
        var context = byCustomerOf(directAccount(Plan.PREMIUM));
        TicketRequest request = accepted(TicketForm.read(accountRequest(), context));
        for (int i = 0; i < CASES_PER_SEED; i++) {
            // given
            Instant receivedAt = randomReceipt(random);
            String label = "seed " + seed + ", case " + i + ", received " + receivedAt.atZone(MADRID);

            // when
            Ticket ticket = INTAKE.open("t-" + i, request, context, receivedAt, calendar).ticket();

            // then
            FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
            assertThat(deadline.dueAt()).as(label).isEqualTo(calendar.addBusinessTime(receivedAt, Duration.ofHours(30)));
            assertThat(calendar.businessTimeBetween(receivedAt, deadline.dueAt())).as(label).isEqualTo(Duration.ofHours(30));
            assertThat(deadline.atRiskAt()).as(label).isEmpty();
        }
    }

    /** Uniform over 2026-2027, one case in three moved to a local edge time of the same date. */
    private static Instant randomReceipt(Random random) {
        Instant instant = EARLIEST.plusSeconds(random.nextLong(SPAN_SECONDS));
        if (random.nextInt(3) == 0) {
            ZonedDateTime local = instant.atZone(MADRID);
            return local.with(EDGES.get(random.nextInt(EDGES.size()))).toInstant();
        }
        return instant;
    }
}
