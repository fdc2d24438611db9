package desk.bank;

import static desk.bank.BankFixtures.OTHER_PARTNER;
import static desk.bank.BankFixtures.SOLUTION_PARTNER;
import static desk.bank.BankFixtures.directAccount;
import static desk.bank.BankFixtures.indirectAccount;
import static org.assertj.core.api.Assertions.assertThat;

import desk.account.PartnerAccess;
import desk.identity.Principal;
import java.util.List;
import java.util.Optional;
import desk.account.Partner;
import desk.account.PartnerKind;
import org.junit.jupiter.api.Test;

/**
 * Policy: "the holder is the account for a DIRECT contract and the Solution Partner for its
 * clients and for the tickets it opens". Only Solution Partners hold banks: a Technology Partner's
 * ticket draws on the account's holder.
 */
class TheBankHolderIsWhoHoldsTheContractTest {

    @Test
    void a_direct_accounts_own_ticket_draws_on_the_accounts_bank() {
        BankHolder holder = BankHolder.of(directAccount(List.of()), new Principal.CustomerUser("ana", "acme"), Optional.empty());

        assertThat(holder).isEqualTo(new BankHolder.AccountHolder("acme"));
    }

    @Test
    void an_indirect_accounts_ticket_opened_by_its_customer_draws_on_its_solution_partners_bank() {
        BankHolder holder = BankHolder.of(indirectAccount(), new Principal.CustomerUser("bea", "globex"), Optional.empty());

        assertThat(holder).isEqualTo(new BankHolder.PartnerHolder(SOLUTION_PARTNER));
    }

    @Test
    void an_indirect_accounts_ticket_opened_by_its_solution_partner_draws_on_the_partners_bank() {
        BankHolder holder = BankHolder.of(indirectAccount(), new Principal.PartnerUser("carlos", SOLUTION_PARTNER), solution(SOLUTION_PARTNER));

        assertThat(holder).isEqualTo(new BankHolder.PartnerHolder(SOLUTION_PARTNER));
    }

    @Test
    void a_ticket_a_solution_partner_opens_for_a_direct_account_granting_it_access_draws_on_the_partners_bank() {
        var account = directAccount(List.of(new PartnerAccess(OTHER_PARTNER, true)));

        BankHolder holder = BankHolder.of(account, new Principal.PartnerUser("dani", OTHER_PARTNER), solution(OTHER_PARTNER));

        assertThat(holder).isEqualTo(new BankHolder.PartnerHolder(OTHER_PARTNER));
    }

    @Test
    void a_ticket_an_agent_opens_for_a_direct_account_draws_on_the_accounts_bank() {
        BankHolder holder = BankHolder.of(directAccount(List.of()), new Principal.SupportAgent("agent-1"), Optional.empty());

        assertThat(holder).isEqualTo(new BankHolder.AccountHolder("acme"));
    }

    @Test
    void a_ticket_a_technology_partner_opens_for_a_direct_account_draws_on_the_accounts_bank() {
        var account = directAccount(List.of(new PartnerAccess(OTHER_PARTNER, true)));

        BankHolder holder = BankHolder.of(account, new Principal.PartnerUser("dani", OTHER_PARTNER), technology(OTHER_PARTNER));

        assertThat(holder).isEqualTo(new BankHolder.AccountHolder("acme"));
    }

    @Test
    void a_ticket_a_technology_partner_opens_for_an_indirect_account_draws_on_its_solution_partners_bank() {
        var account = new desk.account.Account("globex", "Globex Foods", desk.account.Plan.ENTERPRISE,
                desk.account.Contract.INDIRECT, Optional.of(SOLUTION_PARTNER), List.of(new PartnerAccess(OTHER_PARTNER, false)),
                "es-madrid");

        BankHolder holder = BankHolder.of(account, new Principal.PartnerUser("dani", OTHER_PARTNER), technology(OTHER_PARTNER));

        assertThat(holder).isEqualTo(new BankHolder.PartnerHolder(SOLUTION_PARTNER));
    }

    @Test
    void a_ticket_of_a_partner_that_no_longer_acts_for_the_account_draws_on_the_accounts_holder() {
        BankHolder holder = BankHolder.of(directAccount(List.of()), new Principal.PartnerUser("eva", OTHER_PARTNER),
                solution(OTHER_PARTNER));

        assertThat(holder).isEqualTo(new BankHolder.AccountHolder("acme"));
    }

    @Test
    void a_holder_is_stored_as_its_kind_and_id_and_read_back_equal() {
        assertThat(List.<BankHolder>of(new BankHolder.AccountHolder("acme"), new BankHolder.PartnerHolder(SOLUTION_PARTNER)))
                .allSatisfy(holder -> assertThat(BankHolder.of(holder.kind(), holder.id())).isEqualTo(holder));
    }

    private static Optional<Partner> solution(String id) {
        return Optional.of(new Partner(id, "Solution " + id, PartnerKind.SOLUTION, true, true));
    }

    private static Optional<Partner> technology(String id) {
        return Optional.of(new Partner(id, "Technology " + id, PartnerKind.TECHNOLOGY, false, true));
    }
}
