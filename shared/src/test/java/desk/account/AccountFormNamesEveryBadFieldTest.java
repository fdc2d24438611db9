package desk.account;

import static desk.account.AccountFixtures.DEFAULT_CALENDAR;
import static desk.account.AccountFixtures.access;
import static desk.account.AccountFixtures.directAccountBody;
import static desk.account.AccountFixtures.indirectAccountBody;
import static desk.account.AccountFixtures.problems;
import static desk.account.AccountFixtures.valid;
import static desk.account.AccountFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import desk.validation.FieldProblem;
import desk.validation.FormReader;
import desk.validation.Validated;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Policy, parties: an account has a plan and a DIRECT or INDIRECT contract; an INDIRECT one names its Solution Partner,
 * a DIRECT one does not. The form names every bad field, entries of partnerAccess by their index.
 */
class AccountFormNamesEveryBadFieldTest {

    private static Validated<Account> read(Map<String, Object> body) {
        return AccountForm.read("acme", body, DEFAULT_CALENDAR);
    }

    @Test
    void an_empty_form_names_name_plan_contract_and_the_success_manager_with_their_allowed_values() {
        // given
        Map<String, Object> body = Map.of();

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("name", "is required"),
                tuple("plan", "is required; one of ENTERPRISE, PREMIUM, STARTER, CONNECT"),
                tuple("contract", "is required; one of DIRECT, INDIRECT"),
                tuple("successManagerId", "is required: the Customer Success Manager who answers the account's requests"));
    }

    @Test
    void a_direct_account_is_read_with_the_default_calendar_and_no_partners() {
        // given
        Map<String, Object> body = directAccountBody();

        // when
        Account account = valid(read(body));

        // then
        assertThat(account).isEqualTo(new Account("acme", "Acme Retail", Plan.PREMIUM, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid", Optional.of("csm-marta")));
    }

    @Test
    void a_given_calendar_replaces_the_default() {
        // given
        Map<String, Object> body = with(directAccountBody(), "calendarId", "pt-lisbon");

        // when
        Account account = valid(read(body));

        // then
        assertThat(account.calendarId()).isEqualTo("pt-lisbon");
    }

    @Test
    void a_bad_calendar_id_is_refused_with_the_id_rule() {
        // given
        Map<String, Object> body = with(directAccountBody(), "calendarId", "Madrid_ES");

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("calendarId", FormReader.idRule()));
    }

    @Test
    void an_indirect_account_names_its_solution_partner() {
        // given
        Map<String, Object> body = indirectAccountBody();

        // when
        Account account = valid(read(body));

        // then
        assertThat(account.contract()).isEqualTo(Contract.INDIRECT);
        assertThat(account.solutionPartnerId()).contains("iberia-solutions");
        assertThat(account.isIndirect()).isTrue();
    }

    @Test
    void an_indirect_account_without_solution_partner_is_refused() {
        // given
        Map<String, Object> body = with(indirectAccountBody(), "solutionPartnerId", null);

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("solutionPartnerId", "is required for an INDIRECT contract"));
    }

    @Test
    void a_direct_account_naming_a_solution_partner_is_refused() {
        // given
        Map<String, Object> body = with(directAccountBody(), "solutionPartnerId", "iberia-solutions");

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field).containsExactly("solutionPartnerId");
        assertThat(problems.getFirst().problem()).startsWith("must be absent for a DIRECT contract");
    }

    @Test
    void a_direct_account_with_a_json_null_solution_partner_is_accepted() {
        // given
        Map<String, Object> body = with(directAccountBody(), "solutionPartnerId", null);

        // when
        Account account = valid(read(body));

        // then
        assertThat(account.solutionPartnerId()).isEmpty();
    }

    @Test
    void a_bad_solution_partner_id_is_refused_with_the_id_rule_only() {
        // given
        Map<String, Object> body = with(indirectAccountBody(), "solutionPartnerId", "Iberia Solutions");

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("solutionPartnerId", FormReader.idRule()));
    }

    @Test
    void an_unknown_plan_is_refused_naming_the_plans() {
        // given
        Map<String, Object> body = with(directAccountBody(), "plan", "GOLD");

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("plan", "must be one of ENTERPRISE, PREMIUM, STARTER, CONNECT"));
    }

    @Test
    void unknown_fields_are_refused() {
        // given
        Map<String, Object> body = with(directAccountBody(), "owner", "ana");

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("owner", "is not a known field"));
    }

    @Test
    void partner_access_entries_are_read_with_production_access_defaulting_to_false() {
        // given
        Map<String, Object> body = with(directAccountBody(), "partnerAccess",
                List.of(access("connector-works", true), Map.of("partnerId", "iberia-solutions")));

        // when
        Account account = valid(read(body));

        // then
        assertThat(account.partnerAccess()).containsExactly(
                new PartnerAccess("connector-works", true), new PartnerAccess("iberia-solutions", false));
    }

    @Test
    void a_bad_partner_id_in_the_second_entry_is_named_with_its_index() {
        // given
        Map<String, Object> body = with(directAccountBody(), "partnerAccess",
                List.of(access("connector-works", true), access("BAD ID", false)));

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("partnerAccess[1].partnerId", FormReader.idRule()));
    }

    @Test
    void each_bad_field_of_each_entry_is_named_with_its_index() {
        // given
        Map<String, Object> body = with(directAccountBody(), "partnerAccess", List.of(
                Map.of("productionAccess", true),
                access("connector-works", "yes"),
                Map.of("partnerId", "iberia-solutions", "role", "admin"),
                "iberia-solutions"));

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem).containsExactly(
                tuple("partnerAccess[3]", "must be an object"),
                tuple("partnerAccess[0].partnerId", "is required"),
                tuple("partnerAccess[1].productionAccess", "must be true or false"),
                tuple("partnerAccess[2].role", "is not a known field"));
    }

    @Test
    void partner_access_that_is_not_an_array_is_refused() {
        // given
        Map<String, Object> body = with(directAccountBody(), "partnerAccess", "connector-works");

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("partnerAccess", "must be an array"));
    }

    @Test
    void a_partner_listed_twice_is_refused() {
        // given
        Map<String, Object> body = with(directAccountBody(), "partnerAccess",
                List.of(access("connector-works", true), access("connector-works", false)));

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("partnerAccess", "names a partner more than once"));
    }

    @Test
    void more_partner_access_entries_than_one_write_can_carry_are_refused() {
        // given
        List<Object> entries = IntStream.rangeClosed(0, AccountForm.MAX_PARTNER_ACCESS)
                .<Object>mapToObj(i -> access("partner-" + i, false)).toList();
        Map<String, Object> body = with(directAccountBody(), "partnerAccess", entries);

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::problem)
                .containsExactly(tuple("partnerAccess", "names at most 20 partners"));
    }

    @Test
    void problems_of_every_kind_are_reported_together() {
        // given
        Map<String, Object> body = Map.of("contract", "INDIRECT", "plan", "GOLD", "tier", 1,
                "partnerAccess", List.of(access("x", true)));

        // when
        List<FieldProblem> problems = problems(read(body));

        // then
        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "tier", "name", "plan", "solutionPartnerId", "partnerAccess[0].partnerId", "successManagerId");
    }
    @Test
    void a_blank_plan_is_refused_naming_plan() {
        // given
        Map<String, Object> body = with(with(directAccountBody(), "plan", ""), "contract", " ");

        // when
        Validated<Account> read = read(body);

        // then
        assertThat(problems(read)).extracting(FieldProblem::field).containsExactly("plan", "contract");
    }
    @Test
    void an_indirect_account_with_a_blank_solution_partner_is_refused() {
        // given
        Map<String, Object> body = with(indirectAccountBody(), "solutionPartnerId", "");

        // when
        Validated<Account> read = read(body);

        // then
        assertThat(problems(read)).extracting(FieldProblem::field).containsExactly("solutionPartnerId");
    }
    @Test
    void a_blank_partner_id_in_partner_access_is_refused() {
        // given
        Map<String, Object> body = with(directAccountBody(), "partnerAccess", List.of(access("", true)));

        // when
        Validated<Account> read = read(body);

        // then
        assertThat(problems(read)).extracting(FieldProblem::field).containsExactly("partnerAccess[0].partnerId");
    }
}
