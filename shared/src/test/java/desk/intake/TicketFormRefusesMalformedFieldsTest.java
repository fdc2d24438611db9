package desk.intake;

import static desk.intake.IntakeFixtures.accepted;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.refused;
import static desk.intake.IntakeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.Plan;
import desk.validation.FieldProblem;
import desk.validation.Validated;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policy, intake: a refusal is a clear message naming the field; typos and wrong types are not silently ignored. */
class TicketFormRefusesMalformedFieldsTest {

    private final IntakeContext customer = byCustomerOf(directAccount(Plan.PREMIUM));

    @Test
    void unknown_fields_are_each_named_in_alphabetical_order() {
        // given
        Map<String, Object> body = with(with(question(), "priority", "high"), "Subject", "dup");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("Subject", "is not a known field"),
                tuple("priority", "is not a known field"));
    }

    @Test
    void a_subject_of_201_characters_is_refused_naming_the_limit() {
        // given
        Map<String, Object> body = with(question(), "subject", "s".repeat(201));

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .contains(tuple("subject", "must be at most 200 characters"));
        assertThat(problems).extracting(FieldProblem::field).containsOnly("subject");
    }
    @Test
    void an_over_long_subject_is_not_also_called_missing() {
        // given
        Map<String, Object> body = with(question(), "subject", "s".repeat(201));

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("subject", "must be at most 200 characters"));
    }

    @Test
    void a_subject_of_exactly_200_characters_is_accepted_after_trimming_surrounding_blanks() {
        // given
        Map<String, Object> body = with(question(), "subject", "  " + "s".repeat(200) + "\n");

        // when
        TicketRequest request = accepted(TicketForm.read(body, customer));

        // then
        assertThat(request.subject()).isEqualTo("s".repeat(200));
    }

    @Test
    void a_blank_subject_is_required() {
        // given
        Map<String, Object> body = with(question(), "subject", "   ");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("subject", "is required"));
    }

    @Test
    void non_string_values_are_refused_as_not_strings_and_not_also_as_missing() {
        // given
        Map<String, Object> body = with(with(with(question(), "subject", 42), "description", List.of("a")),
                "kind", true);

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("subject", "must be a string"),
                tuple("description", "must be a string"),
                tuple("kind", "must be a string"));
    }

    @Test
    void an_unknown_kind_is_refused_naming_the_allowed_kinds() {
        // given
        Map<String, Object> body = with(question(), "kind", "COMPLAINT");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("kind", "must be one of QUESTION, INCIDENT, ACCOUNT_REQUEST"));
    }

    @Test
    void enum_values_are_case_sensitive() {
        // given
        Map<String, Object> body = with(question(), "kind", "question");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("kind", "must be one of QUESTION, INCIDENT, ACCOUNT_REQUEST"));
    }

    @Test
    void an_unknown_channel_is_refused_naming_the_channels() {
        // given
        Map<String, Object> body = with(question(), "channel", "FAX");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("channel", "must be one of WEB, EMAIL, CHAT"));
    }

    @Test
    void an_unknown_category_is_refused_naming_every_category() {
        // given
        Map<String, Object> body = with(question(), "category", "BILLING");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(tuple("category",
                "must be one of PLATFORM, INTEGRATION, CUSTOM_FORMULA_REVIEW, THIRD_PARTY_INTEGRATION, "
                        + "CUSTOMER_NETWORK_PERFORMANCE, CUSTOM_MODIFICATION"));
    }

    @Test
    void agreed_direct_contact_must_be_a_boolean() {
        // given
        Map<String, Object> body = with(question(), "agreedDirectContact", "yes");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("agreedDirectContact", "must be true or false"));
    }

    @Test
    void an_over_long_affected_account_is_refused() {
        // given
        Map<String, Object> body = with(question(), "affectedAccount", "a".repeat(201));

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("affectedAccount", "must be at most 200 characters"));
    }
    @Test
    void a_blank_kind_is_refused_naming_kind() {
        // given
        Map<String, Object> body = with(question(), "kind", " ");

        // when
        Validated<TicketRequest> read = TicketForm.read(body, customer);

        // then
        assertThat(refused(read)).extracting(FieldProblem::field).containsExactly("kind");
    }
}
