package desk.handler.admin;

import desk.account.Account;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An account as the admin API shows it. */
@Serdeable
public record AccountView(String id, String name, String plan, String contract, String solutionPartnerId,
                          List<Access> partnerAccess, String calendarId, String successManagerId) {

    @Serdeable
    public record Access(String partnerId, boolean productionAccess) {}

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.name(), account.plan().name(), account.contract().name(),
                account.solutionPartnerId().orElse(null),
                account.partnerAccess().stream().map(a -> new Access(a.partnerId(), a.productionAccess())).toList(),
                account.calendarId(), account.successManagerId().orElse(null));
    }
}
