package desk.usecase;

import desk.access.AccessRules;
import desk.access.Caller;
import desk.account.Account;
import desk.account.ClientLink;
import desk.account.Partner;
import desk.identity.Principal;
import desk.store.AccountStore;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /me}: who the caller is and the accounts it acts for now, with their plan and
 * contract (a customer's own account, a partner's current clients), as {@link AccessRules} lets
 * it see them; what the web form needs to offer the right kinds, channels and accounts.
 */
@Singleton
public class DescribeCaller {
    private final AccountStore accounts;
    private final TicketAccess access;

    DescribeCaller(AccountStore accounts, TicketAccess access) {
        this.accounts = accounts;
        this.access = access;
    }

    /** The caller, its partner as stored now (partner users), and the accounts it acts for, in id order. */
    public record Profile(Principal principal, Optional<Partner> partner, List<Account> accounts) {}

    public Profile describe(Principal principal) {
        Caller caller = access.caller(principal);
        List<Account> own = switch (principal) {
            case Principal.CustomerUser customer -> accounts.find(customer.accountId()).stream().toList();
            case Principal.PartnerUser partner -> accounts.clientsOf(partner.partnerId()).stream()
                    .map(ClientLink::accountId)
                    .distinct()
                    .flatMap(id -> accounts.find(id).stream())
                    .toList();
            case Principal.SupportAgent agent -> List.of();
            case Principal.Admin admin -> List.of();
        };
        return new Profile(principal, caller.partner(),
                own.stream().filter(account -> AccessRules.showsInOwnProfile(caller, account)).toList());
    }
}
