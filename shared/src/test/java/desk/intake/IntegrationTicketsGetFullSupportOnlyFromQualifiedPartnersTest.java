package desk.intake;

import static desk.intake.IntakeFixtures.byAgent;
import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.byPartner;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.indirectAccount;
import static desk.intake.IntakeFixtures.madrid;
import static desk.intake.IntakeFixtures.open;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.solutionPartner;
import static desk.intake.IntakeFixtures.solutionPartnerWithoutTechnicalKnowledge;
import static desk.intake.IntakeFixtures.technologyPartner;
import static desk.intake.IntakeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.PartnerAccess;
import desk.account.Plan;
import desk.ticket.Category;
import desk.ticket.IntegrationSupport;
import desk.ticket.Ticket;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy, tickets: an integration ticket opened by a partner gets full support only when the partner is certified, has
 * the technical knowledge flag and direct access to the customer's production account; otherwise it is marked
 * "documentation and connector export check only".
 */
class IntegrationTicketsGetFullSupportOnlyFromQualifiedPartnersTest {

    private static final Instant RECEIVED = madrid("2026-11-23T10:00");

    @Test
    void a_certified_knowledgeable_technology_partner_with_production_access_gets_full_support() {
        // given
        var context = byPartner(directAccount(Plan.PREMIUM, new PartnerAccess("connector-works", true)),
                technologyPartner(true, true));

        // when
        Ticket ticket = open(with(question(), "category", "INTEGRATION"), context, RECEIVED);

        // then
        assertThat(ticket.integrationSupport()).isEqualTo(IntegrationSupport.FULL);
    }

    @Test
    void a_knowledgeable_solution_partner_with_production_access_to_its_client_gets_full_support() {
        // given
        var context = byPartner(indirectAccount(Plan.PREMIUM, new PartnerAccess("iberia-solutions", true)),
                solutionPartner());

        // when
        Ticket ticket = open(with(question(), "category", "INTEGRATION"), context, RECEIVED);

        // then
        assertThat(ticket.integrationSupport()).isEqualTo(IntegrationSupport.FULL);
    }

    static Stream<Arguments> partnersMissingOneCondition() {
        return Stream.of(
                Arguments.of("not certified", byPartner(
                        directAccount(Plan.PREMIUM, new PartnerAccess("connector-works", true)), technologyPartner(false, true))),
                Arguments.of("no technical knowledge (technology partner)", byPartner(
                        directAccount(Plan.PREMIUM, new PartnerAccess("connector-works", true)), technologyPartner(true, false))),
                Arguments.of("no technical knowledge (solution partner)", byPartner(
                        indirectAccount(Plan.PREMIUM, new PartnerAccess("iberia-solutions", true)),
                        solutionPartnerWithoutTechnicalKnowledge())),
                Arguments.of("access without production access", byPartner(
                        directAccount(Plan.PREMIUM, new PartnerAccess("connector-works", false)), technologyPartner(true, true))),
                Arguments.of("solution partner not granted production access", byPartner(
                        indirectAccount(Plan.PREMIUM), solutionPartner())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partnersMissingOneCondition")
    void a_partner_missing_one_condition_gets_documentation_and_export_check_only(String missing, IntakeContext context) {
        // given
        var body = with(question(), "category", "INTEGRATION");

        // when
        Ticket ticket = open(body, context, RECEIVED);

        // then
        assertThat(ticket.integrationSupport()).isEqualTo(IntegrationSupport.DOCUMENTATION_AND_EXPORT_CHECK);
    }

    @Test
    void an_integration_ticket_opened_by_the_customer_gets_documentation_and_export_check_only() {
        // given
        var context = byCustomerOf(directAccount(Plan.ENTERPRISE, new PartnerAccess("connector-works", true)));

        // when
        Ticket ticket = open(with(question(), "category", "INTEGRATION"), context, RECEIVED);

        // then
        assertThat(ticket.integrationSupport()).isEqualTo(IntegrationSupport.DOCUMENTATION_AND_EXPORT_CHECK);
    }

    @Test
    void an_integration_ticket_opened_by_support_staff_gets_documentation_and_export_check_only() {
        // given
        var context = byAgent(directAccount(Plan.ENTERPRISE));

        // when
        Ticket ticket = open(with(question(), "category", "INTEGRATION"), context, RECEIVED);

        // then
        assertThat(ticket.integrationSupport()).isEqualTo(IntegrationSupport.DOCUMENTATION_AND_EXPORT_CHECK);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Category.class, names = "INTEGRATION", mode = EnumSource.Mode.EXCLUDE)
    void other_categories_are_not_integration_tickets_even_from_a_qualified_partner(Category category) {
        // given
        var context = byPartner(directAccount(Plan.PREMIUM, new PartnerAccess("connector-works", true)),
                technologyPartner(true, true));

        // when
        Ticket ticket = open(with(question(), "category", category.name()), context, RECEIVED);

        // then
        assertThat(ticket.integrationSupport()).isEqualTo(IntegrationSupport.NOT_APPLICABLE);
    }
}
