package desk.intake;

import static desk.intake.IntakeFixtures.accepted;
import static desk.intake.IntakeFixtures.byAgent;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import desk.ticket.Category;
import desk.ticket.Channel;
import desk.ticket.TicketKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policy, replication details and channels: the affected account defaults to the ticket's account; the form is WEB. */
class TicketFormFillsInDefaultsTest {

    @Test
    void a_minimal_question_is_a_web_platform_question_about_its_own_account() {
        // given
        Map<String, Object> body = question();

        // when
        TicketRequest request = accepted(TicketForm.read(body, byCustomerOf(directAccount(Plan.STARTER))));

        // then
        assertThat(request.kind()).isEqualTo(TicketKind.QUESTION);
        assertThat(request.channel()).isEqualTo(Channel.WEB);
        assertThat(request.category()).isEqualTo(Category.PLATFORM);
        assertThat(request.replication().affectedAccount()).isEqualTo("acme");
        assertThat(request.severity()).isEmpty();
        assertThat(request.agreedDirectContact()).isFalse();
        assertThat(request.subject()).isEqualTo("How do I export a channel?");
        assertThat(request.description()).isEqualTo("I need the product feed as CSV.");
    }

    @Test
    void json_nulls_fall_back_to_the_defaults() {
        // given
        Map<String, Object> body = with(with(with(question(), "channel", null), "category", null), "affectedAccount", null);

        // when
        TicketRequest request = accepted(TicketForm.read(body, byCustomerOf(directAccount(Plan.STARTER))));

        // then
        assertThat(request.channel()).isEqualTo(Channel.WEB);
        assertThat(request.category()).isEqualTo(Category.PLATFORM);
        assertThat(request.replication().affectedAccount()).isEqualTo("acme");
    }

    @Test
    void given_values_replace_the_defaults_and_are_trimmed() {
        // given
        Map<String, Object> body = with(with(question(), "category", "INTEGRATION"), "affectedAccount", "  acme-eu  ");

        // when
        TicketRequest request = accepted(TicketForm.read(body, byCustomerOf(directAccount(Plan.STARTER))));

        // then
        assertThat(request.category()).isEqualTo(Category.INTEGRATION);
        assertThat(request.replication().affectedAccount()).isEqualTo("acme-eu");
    }

    @Test
    void the_account_id_field_is_known_to_the_form() {
        // given: partners and staff name the account they open for
        Map<String, Object> body = with(question(), "accountId", "acme");

        // when
        TicketRequest request = accepted(TicketForm.read(body, byAgent(directAccount(Plan.STARTER))));

        // then
        assertThat(request.replication().affectedAccount()).isEqualTo("acme");
    }
}
