package desk.intake;

import static desk.intake.IntakeFixtures.accepted;
import static desk.intake.IntakeFixtures.byAgent;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.byPartner;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.indirectAccount;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.refused;
import static desk.intake.IntakeFixtures.solutionPartner;
import static desk.intake.IntakeFixtures.technologyPartner;
import static desk.intake.IntakeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.PartnerAccess;
import desk.account.Plan;
import desk.validation.FieldProblem;
import desk.validation.Validated;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Policy, tickets: an INDIRECT account's tickets are answered to the partner unless agreed otherwise; only the
 * Solution Partner or support may agree to that, and it means nothing for a DIRECT account.
 */
class AgreedDirectContactIsForIndirectAccountsTest {

    private static final String ONLY_INDIRECT =
            "applies only to indirect accounts, whose tickets are otherwise answered to the partner";

    @Test
    void it_is_refused_on_a_direct_account() {
        // given
        var body = with(question(), "agreedDirectContact", true);

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, byAgent(directAccount(Plan.PREMIUM))));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("agreedDirectContact", ONLY_INDIRECT));
    }

    @Test
    void a_direct_accounts_user_setting_it_hears_that_it_applies_only_to_indirect_accounts() {
        // given
        var body = with(question(), "agreedDirectContact", true);

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, byCustomerOf(directAccount(Plan.PREMIUM))));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("agreedDirectContact", ONLY_INDIRECT));
    }

    @Test
    void false_is_accepted_from_anyone() {
        // given
        var body = with(question(), "agreedDirectContact", false);

        // when
        TicketRequest request = accepted(TicketForm.read(body, byCustomerOf(directAccount(Plan.PREMIUM))));

        // then
        assertThat(request.agreedDirectContact()).isFalse();
    }

    @Test
    void support_may_agree_to_it_for_an_indirect_account() {
        // given
        var body = with(question(), "agreedDirectContact", true);

        // when
        TicketRequest request = accepted(TicketForm.read(body, byAgent(indirectAccount(Plan.PREMIUM))));

        // then
        assertThat(request.agreedDirectContact()).isTrue();
    }}
