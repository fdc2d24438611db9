package desk.account;

import static desk.account.AccountFixtures.partnerBody;
import static desk.account.AccountFixtures.problems;
import static desk.account.AccountFixtures.valid;
import static desk.account.AccountFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import desk.validation.FieldProblem;
import desk.validation.Validated;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Policy, parties: a partner is SOLUTION (certified, first level of support for its clients) or TECHNOLOGY (may be
 * certified); the partner form names every bad field.
 */
class SolutionPartnersMustBeCertifiedTest {

    private static Validated<Partner> read(Map<String, Object> body) {
        return PartnerForm.read("iberia-solutions", body);
    }

    @Test
    void an_empty_form_names_name_and_kind_with_the_kinds() {
        // given
        Map<String, Object> body = Map.of();

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("name", "is required"),
                tuple("kind", "is required; one of SOLUTION, TECHNOLOGY"));
    }

    @Test
    void a_solution_partner_not_said_to_be_certified_is_refused() {
        // given
        Map<String, Object> body = partnerBody("SOLUTION", null);

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("certified", "must be true: a Solution Partner is a certified partner"));
    }

    @Test
    void a_solution_partner_said_to_be_uncertified_is_refused() {
        // given
        Map<String, Object> body = partnerBody("SOLUTION", false);

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field).containsExactly("certified");
    }

    @Test
    void a_certified_solution_partner_is_read_without_technical_knowledge_by_default() {
        // given
        Map<String, Object> body = partnerBody("SOLUTION", true);

        // when
        Partner partner = valid(read(body));

        // then
        assertThat(partner).isEqualTo(new Partner("iberia-solutions", "Iberia Solutions", PartnerKind.SOLUTION, true, false));
    }

    @Test
    void an_uncertified_technology_partner_is_accepted() {
        // given
        Map<String, Object> body = with(partnerBody("TECHNOLOGY", null), "technicalKnowledge", true);

        // when
        Partner partner = valid(read(body));

        // then
        assertThat(partner).isEqualTo(new Partner("iberia-solutions", "Iberia Solutions", PartnerKind.TECHNOLOGY, false, true));
    }

    @Test
    void flags_must_be_booleans_and_unknown_fields_are_refused() {
        // given
        Map<String, Object> body = with(with(partnerBody("TECHNOLOGY", null), "certified", "true"), "tier", "gold");

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("tier", "is not a known field"),
                tuple("certified", "must be true or false"));
    }

    @Test
    void an_unknown_kind_is_refused_naming_the_kinds() {
        // given
        Map<String, Object> body = partnerBody("RESELLER", true);

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("kind", "must be one of SOLUTION, TECHNOLOGY"));
    }

    @Test
    void an_uncertified_solution_partner_cannot_be_constructed() {
        // when / then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Partner("iberia-solutions", "Iberia", PartnerKind.SOLUTION, false, true))
                .withMessage("a Solution Partner is certified by definition");
    }
    @Test
    void a_blank_kind_is_refused_naming_kind() {
        // given
        Map<String, Object> body = partnerBody("", true);

        // when
        Validated<Partner> read = read(body);

        // then
        assertThat(problems(read)).extracting(FieldProblem::field).containsExactly("kind");
    }
}
