package desk.intake;

import static desk.intake.IntakeFixtures.byCustomerOf;
import static desk.intake.IntakeFixtures.directAccount;
import static desk.intake.IntakeFixtures.madrid;
import static desk.intake.IntakeFixtures.open;
import static desk.intake.IntakeFixtures.question;
import static desk.intake.IntakeFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Plan;
import desk.sla.ResponseTarget;
import desk.ticket.Category;
import desk.ticket.Ticket;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Policy, out-of-scope categories: custom formula review, third-party integration behaviour, performance caused by the
 * customer's provider and custom modifications are accepted and marked out of scope; a first response is still owed.
 */
class OutOfScopeTicketsStillOweAFirstResponseTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Category.class,
            names = {"CUSTOM_FORMULA_REVIEW", "THIRD_PARTY_INTEGRATION", "CUSTOMER_NETWORK_PERFORMANCE", "CUSTOM_MODIFICATION"})
    void an_out_of_scope_ticket_is_accepted_marked_and_still_carries_the_contractual_deadline(Category category) {
        // given
        var body = with(question(), "category", category.name());

        // when
        Ticket ticket = open(body, byCustomerOf(directAccount(Plan.ENTERPRISE)), madrid("2026-11-23T10:00"));

        // then
        assertThat(ticket.category()).isEqualTo(category);
        assertThat(ticket.isOutOfSupportScope()).isTrue();
        assertThat(ticket.target()).isEqualTo(new ResponseTarget.Contractual(Duration.ofHours(2)));
        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(madrid("2026-11-23T12:00"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Category.class, names = {"PLATFORM", "INTEGRATION"})
    void platform_and_integration_tickets_are_in_scope(Category category) {
        // given
        var body = with(question(), "category", category.name());

        // when
        Ticket ticket = open(body, byCustomerOf(directAccount(Plan.ENTERPRISE)), madrid("2026-11-23T10:00"));

        // then
        assertThat(ticket.isOutOfSupportScope()).isFalse();
    }
}
