package desk.intake;

import static desk.intake.IntakeFixtures.accountRequest;
import static desk.intake.IntakeFixtures.byAgent;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.byPartner;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.indirectAccount;
import static desk.intake.IntakeFixtures.madrid;
import static desk.intake.IntakeFixtures.open;
import static desk.intake.IntakeFixtures.solutionPartner;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import desk.calendar.BusinessTime;
import desk.sla.FirstResponseDeadline;
import desk.sla.ResponseTarget;
import desk.ticket.ResponseRecipient;
import desk.ticket.Ticket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Policy, account matters: an ACCOUNT_REQUEST goes to Customer Success with a target of 3 business days (30 business
 * hours), reported but never announced as a breach, so it carries a deadline but no at-risk checkpoint.
 */
class AccountRequestsGetTheCustomerSuccessTargetTest {

    @Test
    void an_account_request_received_monday_at_ten_is_due_thursday_at_ten_with_no_at_risk_checkpoint() {
        // given: Mon 8h + Tue 10h + Wed 10h + Thu 2h = 30h
        var context = byCustomerOf(directAccount(Plan.ENTERPRISE));

        // when
        Ticket ticket = open(accountRequest(), context, madrid("2026-11-23T10:00"));

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.CustomerSuccess(Duration.ofHours(30)));
        FirstResponseDeadline deadline = ticket.deadline().orElseThrow();
        assertThat(deadline.target()).isEqualTo(BusinessTime.hours(Duration.ofHours(30)));
        assertThat(deadline.dueAt()).isEqualTo(madrid("2026-11-26T10:00"));
        assertThat(deadline.atRiskAt()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Plan.class)
    void the_target_is_the_same_whatever_the_plan(Plan plan) {
        // given
        var context = byCustomerOf(directAccount(plan));

        // when
        Ticket ticket = open(accountRequest(), context, madrid("2026-11-23T10:00"));

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.CustomerSuccess(Duration.ofHours(30)));
    }

    @Test
    void the_three_business_days_skip_the_december_holiday() {
        // given: Fri 4 Dec 6h + Mon 7 Dec 10h + (Tue 8 Dec holiday) + Wed 9 Dec 10h + Thu 10 Dec 4h
        var context = byAgent(directAccount(Plan.PREMIUM));

        // when
        Ticket ticket = open(accountRequest(), context, madrid("2026-12-04T12:00"));

        // then
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-12-10T12:00"));
    }

    @Test
    void an_indirect_accounts_request_raised_by_its_partner_is_tracked_and_answered_to_the_partner() {
        // given
        var context = byPartner(indirectAccount(Plan.PREMIUM), solutionPartner());

        // when
        Ticket ticket = open(accountRequest(), context, madrid("2026-11-23T10:00"));

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.CustomerSuccess(Duration.ofHours(30)));
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-11-26T10:00"));
        assertThat(ticket.respondTo()).isEqualTo(new ResponseRecipient.SolutionPartner("iberia-solutions"));
    }

    @Test
    void an_account_request_is_not_in_the_support_queue() {
        // given
        var context = byCustomerOf(directAccount(Plan.STARTER));

        // when
        Ticket ticket = open(accountRequest(), context, madrid("2026-11-23T10:00"));

        // then
        assertThat(ticket.queueRank()).isEmpty();
    }
}
