package desk.bank;

import static desk.bank.BankFixtures.OTHER_PARTNER;
import static desk.bank.BankFixtures.SOLUTION_PARTNER;
import static desk.bank.BankFixtures.directAccount;
import static desk.bank.BankFixtures.indirectAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.account.PartnerAccess;
import desk.identity.Principal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Policy: "the holder is the account for a DIRECT contract and the Solution Partner for its
 * clients and for the tickets it opens".
 */
class TheBankHolderIsWhoHoldsTheContractTest {

    @Test
    void a_direct_accounts_own_ticket_draws_on_the_accounts_bank() {
        BankHolder holder = BankHolder.of(directAccount(List.of()), new Principal.CustomerUser("ana", "acme"));

        assertThat(holder).isEqualTo(new BankHolder.AccountHolder("acme"));
    }

    @Test
    void an_indirect_accounts_ticket_opened_by_its_customer_draws_on_its_solution_partners_bank() {
        BankHolder holder = BankHolder.of(indirectAccount(), new Principal.CustomerUser("bea", "globex"));

        assertThat(holder).isEqualTo(new BankHolder.PartnerHolder(SOLUTION_PARTNER));
    }

    @Test
    void an_indirect_accounts_ticket_opened_by_its_solution_partner_draws_on_the_partners_bank() {
        BankHolder holder = BankHolder.of(indirectAccount(), new Principal.PartnerUser("carlos", SOLUTION_PARTNER));

        assertThat(holder).isEqualTo(new BankHolder.PartnerHolder(SOLUTION_PARTNER));
    }

    @Test
    void a_ticket_a_partner_opens_for_a_direct_account_granting_it_access_draws_on_the_partners_bank() {
        var account = directAccount(List.of(new PartnerAccess(OTHER_PARTNER, true)));

        BankHolder holder = BankHolder.of(account, new Principal.PartnerUser("dani", OTHER_PARTNER));

        assertThat(holder).isEqualTo(new BankHolder.PartnerHolder(OTHER_PARTNER));
    }

    @Test
    void a_ticket_an_agent_opens_for_a_direct_account_draws_on_the_accounts_bank() {
        BankHolder holder = BankHolder.of(directAccount(List.of()), new Principal.SupportAgent("agent-1"));

        assertThat(holder).isEqualTo(new BankHolder.AccountHolder("acme"));
    }

    @Test
    void a_partner_that_does_not_act_for_the_account_holds_none_of_its_tickets() {
        assertThatThrownBy(() -> BankHolder.of(directAccount(List.of()), new Principal.PartnerUser("eva", OTHER_PARTNER)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
