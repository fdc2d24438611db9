package desk.access;

import static desk.access.AccessFixtures.CONNECTOR;
import static desk.access.AccessFixtures.IBERIA;
import static desk.access.AccessFixtures.NORDIC;
import static desk.access.AccessFixtures.agent;
import static desk.access.AccessFixtures.customerOf;
import static desk.access.AccessFixtures.direct;
import static desk.access.AccessFixtures.indirect;
import static desk.access.AccessFixtures.userOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.Account;
import desk.account.PartnerAccess;
import desk.ticket.Category;
import desk.ticket.TicketKind;
import desk.validation.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * Policy, account matters: an indirect account's are raised by its Solution Partner only (its own
 * users are told which partner to contact), a direct account's by its own users; a Technology
 * Partner never raises one; support may raise either on a customer's behalf.
 */
class AccountMattersAreRaisedByTheRightPartyTest {

    @Test
    void the_indirect_accounts_own_user_is_refused_on_kind_and_told_which_partner_to_contact() {
        // given
        Account globex = indirect("globex", IBERIA);

        // when
        OpeningDecision decision = AccessRules.toOpen(customerOf(globex), globex, TicketKind.ACCOUNT_REQUEST, Category.PLATFORM, false);

        // then
        assertThat(decision).isInstanceOfSatisfying(OpeningDecision.Refused.class, refused -> assertThat(refused.problems())
                .extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("kind", "account matters of an indirect account are raised by its Solution Partner "
                        + "iberia; please contact your partner")));
    }

    @Test
    void the_indirect_accounts_own_user_may_still_ask_a_question() {
        Account globex = indirect("globex", IBERIA);

        assertThat(AccessRules.toOpen(customerOf(globex), globex, TicketKind.QUESTION, Category.PLATFORM, false))
                .isInstanceOf(OpeningDecision.Allowed.class);
    }

    @Test
    void the_solution_partner_raises_it_for_its_client() {
        Account globex = indirect("globex", IBERIA);

        assertThat(AccessRules.toOpen(userOf(IBERIA), globex, TicketKind.ACCOUNT_REQUEST, Category.PLATFORM, false))
                .isInstanceOf(OpeningDecision.Allowed.class);
    }

    @Test
    void another_solution_partner_with_access_to_the_account_may_not_raise_it() {
        Account globex = indirect("globex", IBERIA, new PartnerAccess(NORDIC.id(), true));

        assertThat(AccessRules.toOpen(userOf(NORDIC), globex, TicketKind.ACCOUNT_REQUEST, Category.PLATFORM, false))
                .isInstanceOfSatisfying(OpeningDecision.Refused.class, refused ->
                        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("kind"));
    }

    @Test
    void a_direct_accounts_own_user_raises_its_own_account_matters_and_a_partner_with_access_does_not() {
        Account acme = direct("acme", new PartnerAccess(NORDIC.id(), true));

        assertThat(AccessRules.toOpen(customerOf(acme), acme, TicketKind.ACCOUNT_REQUEST, Category.PLATFORM, false))
                .isInstanceOf(OpeningDecision.Allowed.class);
        assertThat(AccessRules.toOpen(userOf(NORDIC), acme, TicketKind.ACCOUNT_REQUEST, Category.PLATFORM, false))
                .isInstanceOf(OpeningDecision.Refused.class);
    }

    @Test
    void a_technology_partner_never_raises_one() {
        Account acme = direct("acme", new PartnerAccess(CONNECTOR.id(), true));

        assertThat(AccessRules.toOpen(userOf(CONNECTOR), acme, TicketKind.ACCOUNT_REQUEST, Category.INTEGRATION, false))
                .isInstanceOfSatisfying(OpeningDecision.Refused.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("kind"));
    }

    @Test
    void a_technology_partner_opens_integration_tickets_only() {
        Account acme = direct("acme", new PartnerAccess(CONNECTOR.id(), true));

        assertThat(AccessRules.toOpen(userOf(CONNECTOR), acme, TicketKind.QUESTION, Category.INTEGRATION, false))
                .isInstanceOf(OpeningDecision.Allowed.class);
        assertThat(AccessRules.toOpen(userOf(CONNECTOR), acme, TicketKind.QUESTION, Category.PLATFORM, false))
                .isInstanceOfSatisfying(OpeningDecision.Refused.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("category"));
    }

    @Test
    void support_raises_it_for_any_account() {
        assertThat(AccessRules.toOpen(agent(), indirect("globex", IBERIA), TicketKind.ACCOUNT_REQUEST, Category.PLATFORM, false))
                .isInstanceOf(OpeningDecision.Allowed.class);
        assertThat(AccessRules.toOpen(agent(), direct("acme"), TicketKind.ACCOUNT_REQUEST, Category.PLATFORM, false))
                .isInstanceOf(OpeningDecision.Allowed.class);
    }

    @Test
    void only_the_solution_partner_or_support_agree_to_answer_the_end_customer_directly() {
        Account globex = indirect("globex", IBERIA, new PartnerAccess(NORDIC.id(), true));

        assertThat(AccessRules.toOpen(userOf(IBERIA), globex, TicketKind.QUESTION, Category.PLATFORM, true))
                .isInstanceOf(OpeningDecision.Allowed.class);
        assertThat(AccessRules.toOpen(agent(), globex, TicketKind.QUESTION, Category.PLATFORM, true))
                .isInstanceOf(OpeningDecision.Allowed.class);
        assertThat(AccessRules.toOpen(customerOf(globex), globex, TicketKind.QUESTION, Category.PLATFORM, true))
                .isInstanceOfSatisfying(OpeningDecision.Refused.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field).containsExactly("agreedDirectContact"));
        assertThat(AccessRules.toOpen(userOf(NORDIC), globex, TicketKind.QUESTION, Category.PLATFORM, true))
                .isInstanceOf(OpeningDecision.Refused.class);
    }

    @Test
    void an_account_the_caller_does_not_act_for_is_hidden_whatever_is_asked() {
        Account acme = direct("acme");
        Account globex = indirect("globex", IBERIA);

        assertThat(AccessRules.toOpen(customerOf(globex), acme, TicketKind.QUESTION, Category.PLATFORM, false))
                .isInstanceOf(OpeningDecision.AccountHidden.class);
        assertThat(AccessRules.toOpen(userOf(NORDIC), globex, TicketKind.ACCOUNT_REQUEST, Category.PLATFORM, true))
                .isInstanceOf(OpeningDecision.AccountHidden.class);
    }
}
