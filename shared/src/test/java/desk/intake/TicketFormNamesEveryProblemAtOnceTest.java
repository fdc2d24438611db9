package desk.intake;

import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.incident;
import static desk.intake.IntakeFixtures.refused;
import static desk.intake.IntakeFixtures.with;
import static desk.intake.IntakeFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.Plan;
import desk.ticket.Severity;
import desk.validation.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Policy, intake: a refused web form names every bad field in one answer, not the first one only. */
class TicketFormNamesEveryProblemAtOnceTest {

    @Test
    void an_empty_form_names_subject_description_and_kind() {
        // given
        Map<String, Object> body = Map.of();

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, byCustomerOf(directAccount(Plan.PREMIUM))));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("subject", "is required"),
                tuple("description", "is required"),
                tuple("kind", "is required; one of QUESTION, INCIDENT, ACCOUNT_REQUEST"));
    }

    @Test
    void a_form_missing_subject_description_and_kind_but_with_other_fields_names_exactly_those_three() {
        // given
        Map<String, Object> body = Map.of("category", "PLATFORM", "channel", "WEB");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, byCustomerOf(directAccount(Plan.PREMIUM))));

        // then
        assertThat(problems).extracting(FieldProblem::field).containsExactly("subject", "description", "kind");
    }

    @Test
    void problems_from_different_rules_are_reported_together() {
        // given: an incident without replication details, over chat on a Premium plan, with a typo'd field
        Map<String, Object> body = with(with(without(incident(Severity.MAJOR), "steps", "expectedResult"),
                "channel", "CHAT"), "priority", "high");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, byCustomerOf(directAccount(Plan.PREMIUM))));

        // then
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("priority", "steps", "expectedResult", "channel");
    }
}
