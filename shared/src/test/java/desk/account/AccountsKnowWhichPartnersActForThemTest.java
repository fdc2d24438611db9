package desk.account;

import static desk.account.AccountFixtures.directAccountGranting;
import static desk.account.AccountFixtures.indirectAccountOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Policy, parties: an INDIRECT account's Solution Partner and partners granted access act for the account; production
 * access (needed for full integration support) is granted per partner.
 */
class AccountsKnowWhichPartnersActForThemTest {

    @Test
    void the_solution_partner_of_an_indirect_account_acts_for_it() {
        // given
        Account account = indirectAccountOf("iberia-solutions");

        // when / then
        assertThat(account.isClientOf("iberia-solutions")).isTrue();
        assertThat(account.isClientOf("connector-works")).isFalse();
    }

    @Test
    void a_partner_granted_access_acts_for_the_account_with_or_without_production_access() {
        // given
        Account account = directAccountGranting(
                new PartnerAccess("connector-works", false), new PartnerAccess("data-bridge", true));

        // when / then
        assertThat(account.isClientOf("connector-works")).isTrue();
        assertThat(account.isClientOf("data-bridge")).isTrue();
        assertThat(account.isClientOf("iberia-solutions")).isFalse();
    }

    @Test
    void a_direct_account_without_access_entries_is_nobodys_client() {
        // given
        Account account = directAccountGranting();

        // when / then
        assertThat(account.isClientOf("iberia-solutions")).isFalse();
    }

    @Test
    void production_access_is_granted_only_to_partners_listed_with_it() {
        // given
        Account account = directAccountGranting(
                new PartnerAccess("connector-works", false), new PartnerAccess("data-bridge", true));

        // when / then
        assertThat(account.grantsProductionAccessTo("data-bridge")).isTrue();
        assertThat(account.grantsProductionAccessTo("connector-works")).isFalse();
        assertThat(account.grantsProductionAccessTo("unknown-partner")).isFalse();
    }

    @Test
    void being_the_solution_partner_does_not_by_itself_grant_production_access() {
        // given
        Account account = indirectAccountOf("iberia-solutions");

        // when / then
        assertThat(account.grantsProductionAccessTo("iberia-solutions")).isFalse();
    }

    @Test
    void the_solution_partner_listed_with_production_access_has_it() {
        // given
        Account account = indirectAccountOf("iberia-solutions", new PartnerAccess("iberia-solutions", true));

        // when / then
        assertThat(account.grantsProductionAccessTo("iberia-solutions")).isTrue();
    }

    @Test
    void each_partner_acting_for_an_account_is_one_client_link_and_the_solution_partner_role_wins() {
        // given
        Account account = indirectAccountOf("iberia-solutions",
                new PartnerAccess("connector-works", false), new PartnerAccess("iberia-solutions", true));

        // when / then
        assertThat(account.clientLinks()).containsExactly(
                new ClientLink("iberia-solutions", "globex", ClientLink.Relation.SOLUTION_PARTNER, true),
                new ClientLink("connector-works", "globex", ClientLink.Relation.ACCESS, false));
        assertThat(directAccountGranting().clientLinks()).isEmpty();
    }

    @Test
    void an_indirect_contract_without_a_solution_partner_cannot_be_constructed() {
        // when / then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Account("globex", "Globex", Plan.PREMIUM, Contract.INDIRECT, Optional.empty(),
                        List.of(), "es-madrid"))
                .withMessageContaining("exactly when its contract is INDIRECT");
    }

    @Test
    void a_direct_contract_naming_a_solution_partner_cannot_be_constructed() {
        // when / then
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Account("acme", "Acme", Plan.PREMIUM, Contract.DIRECT, Optional.of("iberia-solutions"),
                        List.of(), "es-madrid"))
                .withMessageContaining("exactly when its contract is INDIRECT");
    }

    @Test
    void only_an_indirect_contract_is_indirect() {
        // when / then
        assertThat(indirectAccountOf("iberia-solutions").isIndirect()).isTrue();
        assertThat(directAccountGranting().isIndirect()).isFalse();
    }
}
