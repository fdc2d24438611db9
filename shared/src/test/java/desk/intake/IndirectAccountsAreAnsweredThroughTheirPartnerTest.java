package desk.intake;

import static desk.intake.IntakeFixtures.byAgent;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.byPartner;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.indirectAccount;
import static desk.intake.IntakeFixtures.madrid;
import static desk.intake.IntakeFixtures.open;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.solutionPartner;
import static desk.intake.IntakeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.PartnerAccess;
import desk.account.Plan;
import desk.sla.ResponseTarget;
import desk.ticket.ResponseRecipient;
import desk.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Policy, first-response SLA and tickets: a ticket opened directly by an INDIRECT account has no contractual target
 * and is answered to its Solution Partner; the partner opening for its client gets the client's plan target.
 */
class IndirectAccountsAreAnsweredThroughTheirPartnerTest {

    private static final Instant MONDAY_DEC_7_16H = madrid("2026-12-07T16:00");

    @Test
    void a_ticket_from_an_indirect_accounts_own_user_has_no_contractual_target_and_no_deadline() {
        // given
        var context = byCustomerOf(indirectAccount(Plan.ENTERPRISE));

        // when
        Ticket ticket = open(question(), context, MONDAY_DEC_7_16H);

        // then
        assertThat(ticket.target()).isInstanceOfSatisfying(ResponseTarget.NoContractualTarget.class,
                target -> assertThat(target.reason()).contains("indirect account").contains("Solution Partner"));
        assertThat(ticket.deadline()).isEmpty();
    }

    @Test
    void a_ticket_from_an_indirect_accounts_own_user_is_answered_to_the_solution_partner() {
        // given
        var context = byCustomerOf(indirectAccount(Plan.ENTERPRISE));

        // when
        Ticket ticket = open(question(), context, MONDAY_DEC_7_16H);

        // then
        assertThat(ticket.respondTo()).isEqualTo(new ResponseRecipient.SolutionPartner("iberia-solutions"));
    }

    @Test
    void the_solution_partner_opening_for_its_premium_client_gets_the_premium_target() {
        // given
        var context = byPartner(indirectAccount(Plan.PREMIUM), solutionPartner());

        // when
        Ticket ticket = open(question(), context, MONDAY_DEC_7_16H);

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(12)));
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-12-09T18:00"));
        assertThat(ticket.respondTo()).isEqualTo(new ResponseRecipient.SolutionPartner("iberia-solutions"));
    }

    @Test
    void a_partner_with_access_to_a_direct_enterprise_client_gets_the_enterprise_target() {
        // given
        var context = byPartner(directAccount(Plan.ENTERPRISE, new PartnerAccess("iberia-solutions", false)),
                solutionPartner());

        // when
        Ticket ticket = open(question(), context, madrid("2026-11-23T10:00"));

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(2)));
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-11-23T12:00"));
        assertThat(ticket.respondTo()).isEqualTo(new ResponseRecipient.Requester());
    }

    @Test
    void with_direct_contact_agreed_by_the_partner_the_requester_is_answered() {
        // given
        var context = byPartner(indirectAccount(Plan.PREMIUM), solutionPartner());

        // when
        Ticket ticket = open(with(question(), "agreedDirectContact", true), context, MONDAY_DEC_7_16H);

        // then
        assertThat(ticket.respondTo()).isEqualTo(new ResponseRecipient.Requester());
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(12)));
    }

    @Test
    void with_direct_contact_agreed_by_support_the_requester_is_answered() {
        // given
        var context = byAgent(indirectAccount(Plan.PREMIUM));

        // when
        Ticket ticket = open(with(question(), "agreedDirectContact", true), context, MONDAY_DEC_7_16H);

        // then
        assertThat(ticket.respondTo()).isEqualTo(new ResponseRecipient.Requester());
    }

    @Test
    void support_opening_for_an_indirect_account_gets_its_plan_target() {
        // given
        var context = byAgent(indirectAccount(Plan.STARTER));

        // when
        Ticket ticket = open(question(), context, madrid("2026-11-28T11:00"));

        // then
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(10)));
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-11-30T18:00"));
    }

    @Test
    void a_direct_accounts_ticket_is_answered_to_the_requester() {
        // given
        var context = byCustomerOf(directAccount(Plan.PREMIUM));

        // when
        Ticket ticket = open(question(), context, MONDAY_DEC_7_16H);

        // then
        assertThat(ticket.respondTo()).isEqualTo(new ResponseRecipient.Requester());
    }
}
