package desk.bank;

import desk.account.Account;
import desk.identity.Principal;
import java.util.Objects;

/**
 * Whose bank a ticket draws on: the account itself under a DIRECT contract, or a Solution Partner,
 * for its clients' tickets and for the tickets it opens itself.
 */
public sealed interface BankHolder {

    /** The key a bank is stored under: {@code account:<id>} or {@code partner:<id>}. */
    String key();

    record AccountHolder(String accountId) implements BankHolder {
        public AccountHolder {
            Objects.requireNonNull(accountId, "accountId");
        }

        @Override
        public String key() {
            return "account:" + accountId;
        }
    }

    record PartnerHolder(String partnerId) implements BankHolder {
        public PartnerHolder {
            Objects.requireNonNull(partnerId, "partnerId");
        }

        @Override
        public String key() {
            return "partner:" + partnerId;
        }
    }

    /**
     * The holder of a ticket on {@code account} opened by {@code openedBy}: the partner, when a
     * partner user opened it (it must act for the account); otherwise the account's Solution Partner
     * for an INDIRECT contract, the account itself for a DIRECT one.
     */
    static BankHolder of(Account account, Principal openedBy) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(openedBy, "openedBy");
        if (openedBy instanceof Principal.PartnerUser(String subject, String partnerId)) {
            if (!account.isClientOf(partnerId)) {
                throw new IllegalArgumentException("partner " + partnerId + " does not act for account " + account.id());
            }
            return new PartnerHolder(partnerId);
        }
        return account.solutionPartnerId()
                .<BankHolder>map(PartnerHolder::new)
                .orElseGet(() -> new AccountHolder(account.id()));
    }
}
