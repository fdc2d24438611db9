package desk.handler.admin;

import desk.account.Partner;
import desk.mail.MailAddress;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A partner as the admin API shows it. */
@Serdeable
public record PartnerView(String id, String name, String kind, boolean certified, boolean technicalKnowledge,
                          List<AccountView.MailUserView> mailUsers, String supportAddress) {
    static PartnerView of(Partner partner) {
        return new PartnerView(partner.id(), partner.name(), partner.kind().name(), partner.certified(),
                partner.technicalKnowledge(), AccountView.MailUserView.of(partner.mailUsers()),
                partner.supportAddress().map(MailAddress::address).orElse(null));
    }
}
