package desk.handler.admin;

import desk.account.Account;
import desk.account.MailUser;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An account as the admin API shows it. */
@Serdeable
public record AccountView(String id, String name, String plan, String contract, String solutionPartnerId,
                          List<Access> partnerAccess, String calendarId, String successManagerId,
                          List<String> mailDomains, List<MailUserView> mailUsers) {

    @Serdeable
    public record Access(String partnerId, boolean productionAccess) {}

    /** A known person's mail address and the subject its mail acts as. */
    @Serdeable
    public record MailUserView(String address, String subject) {
        static List<MailUserView> of(List<MailUser> users) {
            return users.stream().map(user -> new MailUserView(user.address().address(), user.subject())).toList();
        }
    }

    static AccountView of(Account account) {
        return new AccountView(account.id(), account.name(), account.plan().name(), account.contract().name(),
                account.solutionPartnerId().orElse(null),
                account.partnerAccess().stream().map(a -> new Access(a.partnerId(), a.productionAccess())).toList(),
                account.calendarId(), account.successManagerId().orElse(null), account.mailDomains(),
                MailUserView.of(account.mailUsers()));
    }
}
