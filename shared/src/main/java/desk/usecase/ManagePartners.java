package desk.usecase;

import desk.account.Partner;
import desk.account.PartnerForm;
import desk.access.AccessRules;
import desk.identity.Principal;
import desk.store.MailIdentityRefusedException;
import desk.store.PartnerKindLockedException;
import desk.store.PartnerStore;
import desk.validation.FieldProblem;
import desk.validation.FormReader;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Creates, replaces and reads partners: admins write, vendor staff read. A partner that accounts
 * reference keeps its kind (the store's write is conditioned on it), so no account's Solution
 * Partner ever becomes a Technology partner.
 */
@Singleton
public class ManagePartners {
    private final PartnerStore partners;
    private final WriteAttempts attempts;

    ManagePartners(PartnerStore partners, WriteAttempts attempts) {
        this.partners = partners;
        this.attempts = attempts;
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
            case Validated.Valid<Partner>(Partner partner) -> store(partner);
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

    private AdminOutcome<Partner> store(Partner partner) {
        try {
            return new AdminOutcome.Stored<>(attempts.run(() -> partners.put(partner)), partner);
        } catch (PartnerKindLockedException locked) {
            String accounts = locked.references() == 1 ? "1 account references" : locked.references() + " accounts reference";
            return new AdminOutcome.Refused<>(List.of(FieldProblem.of("kind", accounts
                    + " this partner as Solution Partner or in partnerAccess; it cannot change kind from " + locked.kind())));
        } catch (MailIdentityRefusedException refused) {
            return new AdminOutcome.Refused<>(MailIdentityProblems.of(refused, partner.mailUsers(), List.of()));
        }
    }
}
