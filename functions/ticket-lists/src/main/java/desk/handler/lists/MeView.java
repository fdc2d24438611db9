package desk.handler.lists;

import desk.account.Account;
import desk.usecase.DescribeCaller;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code GET /me}'s answer: the caller and the accounts it acts for, with what the web form needs of each. */
@Serdeable
public record MeView(String role, String subject, String accountId, String partnerId, String partnerKind,
                     List<AccountBrief> accounts) {

    @Serdeable
    public record AccountBrief(String id, String name, String plan, String contract, String solutionPartnerId) {
        static AccountBrief of(Account account) {
            return new AccountBrief(account.id(), account.name(), account.plan().name(), account.contract().name(),
                    account.solutionPartnerId().orElse(null));
        }
    }

    static MeView of(DescribeCaller.Profile profile) {
        var principal = profile.principal();
        return new MeView(
                principal.role(),
                principal.subject(),
                principal instanceof desk.identity.Principal.CustomerUser customer ? customer.accountId() : null,
                principal instanceof desk.identity.Principal.PartnerUser partner ? partner.partnerId() : null,
                profile.partner().map(partner -> partner.kind().name()).orElse(null),
                profile.accounts().stream().map(AccountBrief::of).toList());
    }
}
