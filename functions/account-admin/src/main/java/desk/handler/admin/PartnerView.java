package desk.handler.admin;

import desk.account.Partner;
import io.micronaut.serde.annotation.Serdeable;

/** A partner as the admin API shows it. */
@Serdeable
public record PartnerView(String id, String name, String kind, boolean certified, boolean technicalKnowledge) {
    static PartnerView of(Partner partner) {
        return new PartnerView(partner.id(), partner.name(), partner.kind().name(), partner.certified(), partner.technicalKnowledge());
    }
}
