package desk.intake;

import static desk.intake.IntakeFixtures.accepted;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.byPartner;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.indirectAccount;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.refused;
import static desk.intake.IntakeFixtures.solutionPartner;
import static desk.intake.IntakeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.Plan;
import desk.ticket.Channel;
import desk.validation.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Policy, channels: live chat is an Enterprise feature; email arrives through mail intake, not the web form. */
class LiveChatIsAnEnterpriseFeatureTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Plan.class, names = {"PREMIUM", "STARTER", "CONNECT"})
    void chat_is_refused_for_a_plan_other_than_enterprise_naming_the_plan(Plan plan) {
        // given
        var body = with(question(), "channel", "CHAT");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, byCustomerOf(directAccount(plan))));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(tuple("channel",
                "live chat is an Enterprise feature; this account's plan is " + plan + ", use WEB"));
    }

    @Test
    void chat_is_accepted_for_an_enterprise_account() {
        // given
        var body = with(question(), "channel", "CHAT");

        // when
        TicketRequest request = accepted(TicketForm.read(body, byCustomerOf(directAccount(Plan.ENTERPRISE))));

        // then
        assertThat(request.channel()).isEqualTo(Channel.CHAT);
    }

    @Test
    void chat_follows_the_plan_of_the_account_a_partner_opens_for() {
        // given: an Enterprise client of a Solution Partner
        var body = with(question(), "channel", "CHAT");

        // when
        TicketRequest request = accepted(TicketForm.read(body, byPartner(indirectAccount(Plan.ENTERPRISE), solutionPartner())));

        // then
        assertThat(request.channel()).isEqualTo(Channel.CHAT);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Plan.class)
    void email_is_refused_through_the_web_form_whatever_the_plan(Plan plan) {
        // given
        var body = with(question(), "channel", "EMAIL");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, byCustomerOf(directAccount(plan))));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(tuple("channel",
                "EMAIL tickets arrive through mail intake; use WEB or CHAT here"));
    }
}
