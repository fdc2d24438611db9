package desk.usecase;

import desk.account.Partner;
import desk.account.PartnerForm;
import desk.access.AccessRules;
import desk.identity.Principal;
import desk.store.PartnerStore;
import desk.validation.FieldProblem;
import desk.validation.FormReader;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Creates, replaces and reads partners: admins write, vendor staff read. */
@Singleton
public class ManagePartners {
    private final PartnerStore partners;

    ManagePartners(PartnerStore partners) {
        this.partners = partners;
    }

    public AdminOutcome<Partner> put(Principal caller, String partnerId, Map<String, Object> form) {
        if (!AccessRules.managesConfiguration(caller)) {
            return new AdminOutcome.Forbidden<>("only an admin may create or change partners");
        }
        if (!FormReader.isValidId(partnerId)) {
            return new AdminOutcome.Refused<>(List.of(FieldProblem.of("id", FormReader.idRule())));
        }
        return switch (PartnerForm.read(partnerId, form)) {
            case Validated.Invalid<Partner>(List<FieldProblem> problems) -> new AdminOutcome.Refused<>(problems);
            case Validated.Valid<Partner>(Partner partner) -> new AdminOutcome.Stored<>(partners.put(partner), partner);
        };
    }

    public AdminOutcome<Partner> get(Principal caller, String partnerId) {
        if (!AccessRules.readsConfiguration(caller)) {
            return new AdminOutcome.Forbidden<>("only vendor staff may read partners");
        }
        return partners.find(partnerId)
                .<AdminOutcome<Partner>>map(AdminOutcome.Found::new)
                .orElseGet(() -> new AdminOutcome.NotFound<>(partnerId));
    }
}
