package desk.intake;

import static desk.intake.IntakeFixtures.accepted;
import static desk.intake.IntakeFixtures.accountRequest;
import static desk.intake.IntakeFixtures.byAdmin;
import static desk.intake.IntakeFixtures.byAgent;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.byPartner;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.indirectAccount;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.refused;
import static desk.intake.IntakeFixtures.solutionPartner;
import static desk.intake.IntakeFixtures.technologyPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.PartnerAccess;
import desk.account.Plan;
import desk.ticket.TicketKind;
import desk.validation.FieldProblem;
import desk.validation.Validated;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policy, account matters: for an INDIRECT account only its Solution Partner may raise an ACCOUNT_REQUEST. */
class AccountRequestsOfIndirectAccountsGoThroughTheirSolutionPartnerTest {

    @Test
    void the_indirect_accounts_own_user_is_refused_on_kind_and_told_which_partner_to_contact() {
        // given
        var context = byCustomerOf(indirectAccount(Plan.PREMIUM));

        // when
        List<FieldProblem> problems = refused(TicketForm.read(accountRequest(), context));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(tuple("kind",
                "account matters of an indirect account are raised by its Solution Partner iberia-solutions; "
                        + "please contact your partner"));
    }

    @Test
    void the_indirect_accounts_own_user_may_still_ask_a_question() {
        // given
        var context = byCustomerOf(indirectAccount(Plan.PREMIUM));

        // when
        TicketRequest request = accepted(TicketForm.read(question(), context));

        // then
        assertThat(request.kind()).isEqualTo(TicketKind.QUESTION);
    }

    @Test
    void the_solution_partners_user_may_raise_it_for_its_client() {
        // given
        var context = byPartner(indirectAccount(Plan.PREMIUM), solutionPartner());

        // when
        TicketRequest request = accepted(TicketForm.read(accountRequest(), context));

        // then
        assertThat(request.kind()).isEqualTo(TicketKind.ACCOUNT_REQUEST);
    }

    @Test
    void a_support_agent_may_raise_it() {
        // given
        var context = byAgent(indirectAccount(Plan.PREMIUM));

        // when
        TicketRequest request = accepted(TicketForm.read(accountRequest(), context));

        // then
        assertThat(request.kind()).isEqualTo(TicketKind.ACCOUNT_REQUEST);
    }

    @Test
    void an_admin_may_raise_it() {
        // given
        var context = byAdmin(indirectAccount(Plan.STARTER));

        // when
        TicketRequest request = accepted(TicketForm.read(accountRequest(), context));

        // then
        assertThat(request.kind()).isEqualTo(TicketKind.ACCOUNT_REQUEST);
    }

    @Test
    void a_direct_accounts_own_user_raises_its_own_account_matters() {
        // given
        var context = byCustomerOf(directAccount(Plan.STARTER));

        // when
        TicketRequest request = accepted(TicketForm.read(accountRequest(), context));

        // then
        assertThat(request.kind()).isEqualTo(TicketKind.ACCOUNT_REQUEST);
    }
    @Test
    void a_technology_partner_with_access_to_an_indirect_account_may_not_raise_it() {
        // given
        var context = byPartner(indirectAccount(Plan.PREMIUM, new PartnerAccess("connector-works", true)),
                technologyPartner(true, true));

        // when
        Validated<TicketRequest> read = TicketForm.read(accountRequest(), context);

        // then
        assertThat(refused(read)).extracting(FieldProblem::field).containsExactly("kind");
    }
}
