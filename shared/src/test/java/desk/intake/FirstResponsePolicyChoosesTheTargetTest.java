package desk.intake;

import static desk.sla.SlaFixtures.agent;
import static desk.sla.SlaFixtures.customerOf;
import static desk.sla.SlaFixtures.direct;
import static desk.sla.SlaFixtures.indirect;
import static desk.sla.SlaFixtures.madrid;
import static desk.sla.SlaFixtures.madridCalendar;
import static desk.sla.SlaFixtures.userOfPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import desk.account.Account;
import desk.account.Plan;
import desk.sla.FirstResponseDeadline;
import desk.sla.FirstResponseTargets;
import desk.sla.ResponseTarget;
import desk.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Policy, first-response SLA: the plan's target for direct accounts and for a Solution Partner opening for its client,
 * none for an indirect account opening directly, Customer Success's for account requests.
 */
class FirstResponsePolicyChoosesTheTargetTest {

    private final FirstResponsePolicy policy = new FirstResponsePolicy(FirstResponseTargets.policyDefaults());

    @ParameterizedTest(name = "{0}")
    @EnumSource(Plan.class)
    void a_direct_accounts_question_gets_its_plans_contractual_target(Plan plan) {
        // given
        Account account = direct(plan);

        // when
        ResponseTarget target = policy.targetFor(account, customerOf(account), TicketKind.QUESTION);

        // then
        assertThat(target).isEqualTo(new ResponseTarget.Contractual(FirstResponseTargets.policyDefaults().forPlan(plan)));
    }

    @Test
    void the_solution_partner_opening_for_its_indirect_client_gets_the_clients_plan_target() {
        // given
        Account account = indirect(Plan.ENTERPRISE);

        // when
        ResponseTarget target = policy.targetFor(account, userOfPartner("iberia-solutions"), TicketKind.INCIDENT);

        // then
        assertThat(target).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(2)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TicketKind.class, names = {"QUESTION", "INCIDENT"})
    void an_indirect_account_opening_directly_gets_no_contractual_target(TicketKind kind) {
        // given
        Account account = indirect(Plan.ENTERPRISE);

        // when
        ResponseTarget target = policy.targetFor(account, customerOf(account), kind);

        // then
        assertThat(target).isInstanceOf(ResponseTarget.NoContractualTarget.class);
    }

    @Test
    void support_opening_for_an_indirect_account_gets_the_plan_target() {
        // given
        Account account = indirect(Plan.PREMIUM);

        // when
        ResponseTarget target = policy.targetFor(account, agent(), TicketKind.QUESTION);

        // then
        assertThat(target).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(12)));
    }

    @Test
    void an_account_request_gets_customer_success_thirty_business_hours_even_for_an_indirect_account() {
        // given
        Account account = indirect(Plan.STARTER);

        // when
        ResponseTarget target = policy.targetFor(account, userOfPartner("iberia-solutions"), TicketKind.ACCOUNT_REQUEST);

        // then
        assertThat(target).isEqualTo(new ResponseTarget.CustomerSuccess(Duration.ofHours(30)));
    }

    @Test
    void a_contractual_target_yields_a_deadline_with_an_at_risk_checkpoint() {
        // given
        Instant receivedAt = madrid("2026-11-23T10:00");

        // when
        Optional<FirstResponseDeadline> deadline = FirstResponseDeadline.of(new ResponseTarget.Contractual(
                Duration.ofHours(2)), receivedAt, madridCalendar(), FirstResponseTargets.policyDefaults());

        // then
        assertThat(deadline).get().extracting(FirstResponseDeadline::dueAt, FirstResponseDeadline::atRiskAt)
                .containsExactly(madrid("2026-11-23T12:00"), Optional.of(madrid("2026-11-23T11:30")));
    }

    @Test
    void a_customer_success_target_yields_a_deadline_without_an_at_risk_checkpoint() {
        // given
        Instant receivedAt = madrid("2026-11-23T10:00");

        // when
        Optional<FirstResponseDeadline> deadline = FirstResponseDeadline.of(new ResponseTarget.CustomerSuccess(
                Duration.ofHours(30)), receivedAt, madridCalendar(), FirstResponseTargets.policyDefaults());

        // then
        assertThat(deadline).get().extracting(FirstResponseDeadline::dueAt, FirstResponseDeadline::atRiskAt)
                .containsExactly(madrid("2026-11-26T10:00"), Optional.empty());
    }

    @Test
    void no_contractual_target_yields_no_deadline() {
        // given
        Instant receivedAt = madrid("2026-11-23T10:00");

        // when
        Optional<FirstResponseDeadline> deadline = FirstResponseDeadline.of(
                new ResponseTarget.NoContractualTarget("opened directly by an indirect account"), receivedAt,
                madridCalendar(), FirstResponseTargets.policyDefaults());

        // then
        assertThat(deadline).isEmpty();
    }

    @Test
    void a_target_must_be_a_positive_business_duration() {
        // when / then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResponseTarget.Contractual(Duration.ZERO))
                .withMessage("a response target is a positive business duration");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResponseTarget.CustomerSuccess(Duration.ofMinutes(-1)))
                .withMessage("a response target is a positive business duration");
    }
}
