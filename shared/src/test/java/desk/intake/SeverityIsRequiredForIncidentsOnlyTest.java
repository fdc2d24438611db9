package desk.intake;

import static desk.intake.IntakeFixtures.accepted;
import static desk.intake.IntakeFixtures.accountRequest;
import static desk.intake.IntakeFixtures.byAgent;
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
import desk.ticket.TicketKind;
import desk.validation.FieldProblem;
import desk.validation.Validated;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Policy, tickets: an INCIDENT has a severity CRITICAL, MAJOR or MINOR; questions and account requests have none. */
class SeverityIsRequiredForIncidentsOnlyTest {

    private final IntakeContext customer = byCustomerOf(directAccount(Plan.PREMIUM));

    @Test
    void an_incident_without_severity_is_refused_naming_the_severities() {
        // given
        Map<String, Object> body = without(incident(Severity.MAJOR), "severity");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("severity", "is required for an incident; one of CRITICAL, MAJOR, MINOR"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Severity.class)
    void an_incident_keeps_the_severity_given(Severity severity) {
        // given
        Map<String, Object> body = incident(severity);

        // when
        TicketRequest request = accepted(TicketForm.read(body, customer));

        // then
        assertThat(request.kind()).isEqualTo(TicketKind.INCIDENT);
        assertThat(request.severity()).contains(severity);
    }

    @Test
    void a_question_with_a_severity_is_refused() {
        // given
        Map<String, Object> body = with(question(), "severity", "MINOR");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("severity", "applies only to incidents"));
    }

    @Test
    void an_account_request_with_a_severity_is_refused() {
        // given
        Map<String, Object> body = with(accountRequest(), "severity", "CRITICAL");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, byAgent(directAccount(Plan.PREMIUM))));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("severity", "applies only to incidents"));
    }

    @Test
    void a_question_with_a_json_null_severity_is_accepted_without_one() {
        // given: null counts as absent
        Map<String, Object> body = with(question(), "severity", null);

        // when
        TicketRequest request = accepted(TicketForm.read(body, customer));

        // then
        assertThat(request.severity()).isEmpty();
    }

    @Test
    void an_unknown_severity_is_refused_naming_the_allowed_ones_once() {
        // given
        Map<String, Object> body = with(incident(Severity.MAJOR), "severity", "BLOCKER");

        // when
        List<FieldProblem> problems = refused(TicketForm.read(body, customer));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("severity", "must be one of CRITICAL, MAJOR, MINOR"));
    }
    @Test
    void an_incident_with_a_blank_severity_is_refused_naming_severity() {
        // given
        Map<String, Object> body = with(incident(Severity.MAJOR), "severity", "  ");

        // when
        Validated<TicketRequest> read = TicketForm.read(body, customer);

        // then
        assertThat(refused(read)).extracting(FieldProblem::field).containsExactly("severity");
    }
}
