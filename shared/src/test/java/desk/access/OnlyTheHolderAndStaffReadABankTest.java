package desk.access;

import static org.assertj.core.api.Assertions.assertThat;

import desk.bank.BankHolder;
import desk.identity.Principal;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "GET /banks/{holder}": a bank is read by its holder's own users and by vendor staff;
 * to anyone else it does not exist, a Solution Partner's client included.
 */
class OnlyTheHolderAndStaffReadABankTest {
    private static final BankHolder ACCOUNT_BANK = new BankHolder.AccountHolder("acct-1");
    private static final BankHolder PARTNER_BANK = new BankHolder.PartnerHolder("partner-1");

    @Test
    void an_accounts_users_read_its_own_bank_and_no_other() {
        Principal user = new Principal.CustomerUser("eva", "acct-1");

        assertThat(AccessRules.readsBank(user, ACCOUNT_BANK)).isTrue();
        assertThat(AccessRules.readsBank(user, new BankHolder.AccountHolder("acct-2"))).isFalse();
        assertThat(AccessRules.readsBank(user, PARTNER_BANK)).as("its Solution Partner's bank").isFalse();
    }

    @Test
    void a_partners_users_read_the_partners_bank_and_not_its_clients() {
        Principal user = new Principal.PartnerUser("pat", "partner-1");

        assertThat(AccessRules.readsBank(user, PARTNER_BANK)).isTrue();
        assertThat(AccessRules.readsBank(user, new BankHolder.PartnerHolder("partner-2"))).isFalse();
        assertThat(AccessRules.readsBank(user, ACCOUNT_BANK)).isFalse();
    }

    @Test
    void agents_and_admins_read_every_bank() {
        for (Principal staff : new Principal[] {new Principal.SupportAgent("lucia"), new Principal.Admin("root")}) {
            assertThat(AccessRules.readsBank(staff, ACCOUNT_BANK)).isTrue();
            assertThat(AccessRules.readsBank(staff, PARTNER_BANK)).isTrue();
        }
    }
}
