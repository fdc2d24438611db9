package desk.ticket;

import static desk.ticket.Tickets.AGENT;
import static desk.ticket.Tickets.MADRID;
import static desk.ticket.Tickets.accepted;
import static desk.ticket.Tickets.agentReply;
import static desk.ticket.Tickets.customerOf;
import static desk.ticket.Tickets.direct;
import static desk.ticket.Tickets.madrid;
import static desk.ticket.Tickets.opened;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Policy, "Support-hour bank": what a ticket owes is a function of its state, and every change of
 * that amount is announced once ({@code Ticket Owed Changed}), with the change that caused it, so
 * the hour deduction can charge or refund the difference.
 */
class EveryChangeOfWhatATicketOwesIsAnnouncedOnceTest {
    private static final Instant RECEIVED = madrid("2026-11-30T09:00");
    private static final RandomGenerator IDS = new Random(11);

    @Test
    void the_first_response_to_a_question_makes_it_owe_the_minimum_quarter_hour() {
        Ticket question = question();

        TicketChange answered = question.withMessage(agentReply(question, RECEIVED.plusSeconds(600)), MADRID);

        assertThat(answered.ticket().owedMinutes()).isEqualTo(15);
        assertThat(owedChanges(answered)).containsExactly(new TicketEvent.OwedChanged(0, 15, OwedReason.FIRST_RESPONSE));
    }

    @Test
    void work_logged_before_support_engages_owes_nothing_yet_and_counts_once_it_does() {
        Ticket question = question();
        TicketChange logged = accepted(question.withWorkLogged(log(question, Duration.ofMinutes(40), RECEIVED.plusSeconds(60))));

        assertThat(logged.ticket().owedMinutes()).isZero();
        assertThat(owedChanges(logged)).isEmpty();
        assertThat(logged.announcements()).extracting(Announcement::event).singleElement()
                .isInstanceOf(TicketEvent.WorkLogged.class);

        TicketChange answered = logged.ticket().withMessage(agentReply(logged.ticket(), RECEIVED.plusSeconds(600)), MADRID);
        assertThat(owedChanges(answered)).containsExactly(new TicketEvent.OwedChanged(0, 40, OwedReason.FIRST_RESPONSE));
    }

    @Test
    void work_within_the_minimum_changes_nothing_owed_and_work_beyond_it_is_announced() {
        Ticket answered = answeredQuestion();
        TicketChange within = accepted(answered.withWorkLogged(log(answered, Duration.ofMinutes(14), RECEIVED.plusSeconds(900))));
        TicketChange beyond = accepted(within.ticket().withWorkLogged(
                log(within.ticket(), Duration.ofSeconds(150), RECEIVED.plusSeconds(1200))));

        assertThat(owedChanges(within)).isEmpty();
        // 16 min 30 s worked, rounded down to the whole minute in the customer's favour.
        assertThat(owedChanges(beyond)).containsExactly(new TicketEvent.OwedChanged(15, 16, OwedReason.WORK_LOGGED));
    }

    @Test
    void a_question_reclassified_as_an_incident_owes_nothing_and_back_owes_again() {
        Ticket answered = answeredQuestion();
        TicketChange incident = accepted(answered.reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.MINOR), RECEIVED.plusSeconds(3600)));
        TicketChange questionAgain = accepted(incident.ticket().reclassifiedAs(TicketKind.QUESTION, Optional.empty(),
                RECEIVED.plusSeconds(7200)));

        assertThat(owedChanges(incident)).containsExactly(new TicketEvent.OwedChanged(15, 0, OwedReason.RECLASSIFIED));
        assertThat(owedChanges(questionAgain)).containsExactly(new TicketEvent.OwedChanged(0, 15, OwedReason.RECLASSIFIED));
    }

    @Test
    void a_severity_change_of_an_incident_owes_nothing_either_way() {
        Ticket incident = accepted(answeredQuestion().reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.MINOR),
                RECEIVED.plusSeconds(3600))).ticket();

        TicketChange major = accepted(incident.reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.MAJOR), RECEIVED.plusSeconds(4000)));

        assertThat(owedChanges(major)).isEmpty();
    }

    @Test
    void a_closed_ticket_takes_no_more_work() {
        Ticket closed = Tickets.movedThrough(answeredQuestion(), RECEIVED.plusSeconds(3600), TicketStatus.SOLVED, TicketStatus.CLOSED);

        assertThat(closed.withWorkLogged(log(closed, Duration.ofMinutes(5), RECEIVED.plusSeconds(4000))))
                .isInstanceOf(TicketDecision.Conflict.class);
    }

    /**
     * Seeded random sequences of work logs, reclassifications, replies and status changes: the
     * announced changes chain (each starts where the previous ended) and sum to what the ticket
     * owes by the rule, whatever the order.
     */
    @Test
    void announced_changes_always_chain_to_what_the_rule_says_the_ticket_owes() {
        Random random = new Random(20261201);
        for (int round = 0; round < 300; round++) {
            Ticket ticket = question();
            Instant at = RECEIVED;
            long announcedOwed = 0;
            for (int step = 0; step < 25; step++) {
                at = at.plusSeconds(1 + random.nextInt(900));
                TicketChange change = switch (random.nextInt(4)) {
                    case 0 -> accepted(ticket.withWorkLogged(log(ticket, Duration.ofSeconds(1 + random.nextInt(1800)), at)));
                    case 1 -> ticket.withMessage(agentReply(ticket, at), MADRID);
                    case 2 -> accepted(random.nextBoolean()
                            ? ticket.reclassifiedAs(TicketKind.QUESTION, Optional.empty(), at)
                            : ticket.reclassifiedAs(TicketKind.INCIDENT, Optional.of(Severity.values()[random.nextInt(3)]), at));
                    default -> TicketChange.unchanged(ticket);
                };
                for (TicketEvent.OwedChanged owed : owedChanges(change)) {
                    assertThat(owed.fromMinutes()).isEqualTo(announcedOwed);
                    announcedOwed = owed.toMinutes();
                }
                ticket = change.ticket();
                assertThat(announcedOwed).as("round %d step %d", round, step).isEqualTo(ticket.owedMinutes());
                assertThat(ticket.owedMinutes()).isEqualTo(SupportOwed.minutes(Optional.of(ticket.kind()),
                        ticket.sla().firstResponse().isPresent(), ticket.worked()));
            }
        }
    }

    private static Ticket question() {
        return opened(direct(Plan.PREMIUM), customerOf(direct(Plan.PREMIUM)), TicketKind.QUESTION, RECEIVED).ticket();
    }

    private static Ticket answeredQuestion() {
        Ticket question = question();
        return question.withMessage(agentReply(question, RECEIVED.plusSeconds(600)), MADRID).ticket();
    }

    private static WorkLog log(Ticket ticket, Duration time, Instant at) {
        return new WorkLog(WorkLog.newId(at, IDS), ticket.id(), AGENT.subject(), time, "Looked into the export", at);
    }

    private static List<TicketEvent.OwedChanged> owedChanges(TicketChange change) {
        List<TicketEvent.OwedChanged> owed = new ArrayList<>();
        for (Announcement announcement : change.announcements()) {
            if (announcement.event() instanceof TicketEvent.OwedChanged changed) {
                owed.add(changed);
            }
        }
        return owed;
    }
}
