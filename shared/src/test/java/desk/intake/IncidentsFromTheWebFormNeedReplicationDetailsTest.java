package desk.intake;

import static desk.intake.IntakeFixtures.accepted;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.incident;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.refused;
import static desk.intake.IntakeFixtures.with;
import static desk.intake.IntakeFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.account.Plan;
import desk.ticket.Severity;
import desk.validation.FieldProblem;
import desk.validation.Validated;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Policy, replication details: a web-form incident without steps and expected result is refused, naming both. */
class IncidentsFromTheWebFormNeedReplicationDetailsTest {

    private final IntakeContext customer = byCustomerOf(directAccount(Plan.ENTERPRISE));

    @Test
    void an_incident_without_steps_and_expected_result_is_refused_naming_both() {
        // given
        Map<String, Object> body = without(incident(Severity.CRITICAL), "steps", "expectedResult");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("steps", "is required for an incident: the steps taken to reproduce it"),
                tuple("expectedResult", "is required for an incident: the result you expected"));
    }

    @Test
    void an_incident_without_steps_only_names_steps() {
        // given
        Map<String, Object> body = without(incident(Severity.MINOR), "steps");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field).containsExactly("steps");
    }

    @Test
    void an_incident_without_expected_result_only_names_expected_result() {
        // given
        Map<String, Object> body = without(incident(Severity.MINOR), "expectedResult");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field).containsExactly("expectedResult");
    }

    @Test
    void json_null_steps_count_as_missing() {
        // given
        Map<String, Object> body = with(with(incident(Severity.MAJOR), "steps", null), "expectedResult", null);

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field).containsExactly("steps", "expectedResult");
    }

    @Test
    void a_complete_incident_carries_its_replication_details() {
        // given
        Map<String, Object> body = with(incident(Severity.MAJOR), "affectedAccount", "acme-staging");

        // when
        TicketRequest request = accepted(TicketForm.read(body, customer));

        // then
        assertThat(request.replication().affectedAccount()).isEqualTo("acme-staging");
        assertThat(request.replication().steps()).contains("Run the nightly import profile");
        assertThat(request.replication().expectedResult()).contains("All products imported");
        assertThat(request.replication().isComplete()).isTrue();
    }

    @Test
    void a_question_needs_no_replication_details() {
        // given
        Map<String, Object> body = question();

        // when
        TicketRequest request = accepted(TicketForm.read(body, customer));

        // then
        assertThat(request.replication().steps()).isEmpty();
        assertThat(request.replication().expectedResult()).isEmpty();
    }
    @Test
    void an_incident_with_blank_steps_and_expected_result_is_refused_naming_both() {
        // given
        Map<String, Object> body = with(with(incident(Severity.CRITICAL), "steps", "   "), "expectedResult", "");

        // when
        Validated<TicketRequest> read = TicketForm.read(body, customer);

        // then
        assertThat(refused(read)).extracting(FieldProblem::field).containsExactly("steps", "expectedResult");
    }

    @Test
    void a_question_may_still_carry_steps() {
        // given
        Map<String, Object> body = with(question(), "steps", "Open the export screen");

        // when
        TicketRequest request = accepted(TicketForm.read(body, customer));

        // then
        assertThat(request.replication().steps()).isEqualTo(Optional.of("Open the export screen"));
    }
}
