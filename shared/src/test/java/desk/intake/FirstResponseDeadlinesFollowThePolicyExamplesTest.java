package desk.intake;

import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.incident;
import static desk.intake.IntakeFixtures.madrid;
import static desk.intake.IntakeFixtures.open;
import static desk.intake.IntakeFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import desk.calendar.BusinessTime;
import desk.calendar.ClosureReason;
import desk.calendar.DeadlineExplanation.CountedInterval;
import desk.calendar.DeadlineExplanation.SkippedDay;
import desk.identity.Principal;
import desk.sla.FirstResponseDeadline;
import desk.sla.ResponseTarget;
import desk.ticket.Category;
import desk.ticket.Severity;
import desk.ticket.Ticket;
import desk.ticket.TicketKind;
import desk.ticket.TicketStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Policy, first-response SLA: the worked examples, with the plan targets of the policy's defaults and at risk at 75%. */
class FirstResponseDeadlinesFollowThePolicyExamplesTest {

    @Test
    void enterprise_received_monday_ten_is_due_at_noon_and_at_risk_at_half_past_eleven() {
        // given
        Instant receivedAt = madrid("2026-11-23T10:00");

        // when
        Ticket ticket = open(question(), byCustomerOf(directAccount(Plan.ENTERPRISE)), receivedAt);

        // then
        FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
        assertThat(deadline.dueAt()).isEqualTo(madrid("2026-11-23T12:00"));
        assertThat(deadline.atRiskAt()).contains(madrid("2026-11-23T11:30"));
    }

    @Test
    void enterprise_received_friday_half_past_five_is_due_monday_half_past_nine() {
        // given
        Instant receivedAt = madrid("2026-11-27T17:30");

        // when
        Ticket ticket = open(incident(Severity.MAJOR), byCustomerOf(directAccount(Plan.ENTERPRISE)), receivedAt);

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(2)));
        FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
        assertThat(deadline.target()).isEqualTo(BusinessTime.hours(Duration.ofHours(2)));
        assertThat(deadline.dueAt()).isEqualTo(madrid("2026-11-30T09:30")).isEqualTo(Instant.parse("2026-11-30T08:30:00Z"));
        // at risk at 75%: 1h30 of business time = 30 min on Friday + 60 min on Monday
        assertThat(deadline.atRiskAt()).contains(madrid("2026-11-30T09:00"));
        assertThat(deadline.clockStartedAt()).isEqualTo(receivedAt);
    }

    @Test
    void the_deadline_records_the_calendar_it_was_computed_with() {
        // given
        Instant receivedAt = madrid("2026-11-27T17:30");

        // when
        Ticket ticket = open(question(), byCustomerOf(directAccount(Plan.ENTERPRISE)), receivedAt);

        // then
        FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
        assertThat(deadline.calendarId()).isEqualTo("es-madrid");
        assertThat(deadline.calendarVersion()).isEqualTo("2026-1");
        assertThat(deadline.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
    }

    @Test
    void the_deadline_explains_the_time_counted_and_the_weekend_skipped() {
        // given
        Instant receivedAt = madrid("2026-11-27T17:30");

        // when
        Ticket ticket = open(question(), byCustomerOf(directAccount(Plan.ENTERPRISE)), receivedAt);

        // then
        var explanation = ticket.deadline().orElseThrow().explanation();
        assertThat(explanation.counted()).containsExactly(
                new CountedInterval(madrid("2026-11-27T17:30"), madrid("2026-11-27T18:00")),
                new CountedInterval(madrid("2026-11-30T08:00"), madrid("2026-11-30T09:30")));
        assertThat(explanation.skipped()).containsExactly(
                new SkippedDay(LocalDate.of(2026, 11, 28), new ClosureReason.Weekend(DayOfWeek.SATURDAY)),
                new SkippedDay(LocalDate.of(2026, 11, 29), new ClosureReason.Weekend(DayOfWeek.SUNDAY)));
    }

    @Test
    void premium_received_monday_before_the_immaculate_conception_is_due_wednesday_at_closing() {
        // given: 8 Dec 2026 is a national holiday
        Instant receivedAt = madrid("2026-12-07T16:00");

        // when
        Ticket ticket = open(question(), byCustomerOf(directAccount(Plan.PREMIUM)), receivedAt);

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(12)));
        FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
        assertThat(deadline.dueAt()).isEqualTo(madrid("2026-12-09T18:00"));
        // 9h at risk = 2h on Monday + 7h on Wednesday
        assertThat(deadline.atRiskAt()).contains(madrid("2026-12-09T15:00"));
        assertThat(deadline.explanation().skipped()).extracting(SkippedDay::date).containsExactly(LocalDate.of(2026, 12, 8));
        assertThat(deadline.explanation().skipped().getFirst().reason()).isInstanceOf(ClosureReason.PublicHoliday.class);
    }

    @Test
    void starter_received_saturday_starts_its_clock_monday_at_opening_and_is_due_monday_at_closing() {
        // given
        Instant receivedAt = madrid("2026-11-28T11:00");

        // when
        Ticket ticket = open(question(), byCustomerOf(directAccount(Plan.STARTER)), receivedAt);

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(10)));
        FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
        assertThat(deadline.clockStartedAt()).isEqualTo(madrid("2026-11-30T08:00"));
        assertThat(deadline.dueAt()).isEqualTo(madrid("2026-11-30T18:00"));
        assertThat(deadline.atRiskAt()).contains(madrid("2026-11-30T15:30"));
        assertThat(ticket.receivedAt()).isEqualTo(receivedAt);
    }

    @Test
    void connect_gets_one_business_day_like_starter() {
        // given
        Instant receivedAt = madrid("2026-11-23T10:00");

        // when
        Ticket ticket = open(question(), byCustomerOf(directAccount(Plan.CONNECT)), receivedAt);

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(10)));
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-11-24T10:00"));
    }

    @Test
    void enterprise_received_friday_before_the_switch_to_summer_time_is_due_monday_at_nine_cest() {
        // given: Fri 27 Mar 2026 17:00 CET; clocks go forward on Sun 29 Mar
        Instant receivedAt = Instant.parse("2026-03-27T16:00:00Z");

        // when
        Ticket ticket = open(question(), byCustomerOf(directAccount(Plan.ENTERPRISE)), receivedAt);

        // then
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void a_new_ticket_records_who_opened_it_for_which_account_as_received() {
        // given
        Instant receivedAt = madrid("2026-11-23T10:00");
        var context = byCustomerOf(directAccount(Plan.ENTERPRISE));

        // when
        Ticket ticket = open(incident(Severity.CRITICAL), context, receivedAt);

        // then
        assertThat(ticket).extracting(Ticket::id, Ticket::accountId, Ticket::openedBy, Ticket::status,
                        Ticket::receivedAt, Ticket::needsDetails)
                .containsExactly("ticket-1", "acme", new Principal.CustomerUser("user-1", "acme"), TicketStatus.NEW,
                        receivedAt, false);
        assertThat(ticket.severity()).contains(Severity.CRITICAL);
        assertThat(ticket.replication()).extracting(r -> r.affectedAccount(), r -> r.isComplete())
                .containsExactly("acme", true);
        assertThat(ticket).extracting(Ticket::kind, Ticket::category, Ticket::subject)
                .containsExactly(TicketKind.INCIDENT, Category.PLATFORM, "Import fails");
    }
}
