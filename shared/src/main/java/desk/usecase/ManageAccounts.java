package desk.usecase;

import desk.account.Account;
import desk.account.AccountForm;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.calendar.CalendarCatalog;
import desk.access.AccessRules;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.PartnerStore;
import desk.validation.FieldProblem;
import desk.validation.FormReader;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, replaces and reads accounts: admins write, vendor staff read. An account may only
 * name partners that exist, a Solution Partner that is one, and a configured calendar.
 */
@Singleton
public class ManageAccounts {
    private final AccountStore accounts;
    private final PartnerStore partners;
    private final CalendarCatalog calendars;

    ManageAccounts(AccountStore accounts, PartnerStore partners, CalendarCatalog calendars) {
        this.accounts = accounts;
        this.partners = partners;
        this.calendars = calendars;
    }

    public AdminOutcome<Account> put(Principal caller, String accountId, Map<String, Object> form) {
        if (!AccessRules.managesConfiguration(caller)) {
            return new AdminOutcome.Forbidden<>("only an admin may create or change accounts");
        }
        if (!FormReader.isValidId(accountId)) {
            return new AdminOutcome.Refused<>(List.of(FieldProblem.of("id", FormReader.idRule())));
        }
        return switch (AccountForm.read(accountId, form, calendars.defaultCalendarId())) {
            case Validated.Invalid<Account>(List<FieldProblem> problems) -> new AdminOutcome.Refused<>(problems);
            case Validated.Valid<Account>(Account account) -> {
                List<FieldProblem> problems = referenceProblems(account);
                yield problems.isEmpty()
                        ? new AdminOutcome.Stored<>(accounts.put(account), account)
                        : new AdminOutcome.Refused<>(problems);
            }
        };
    }

    public AdminOutcome<Account> get(Principal caller, String accountId) {
        if (!AccessRules.readsConfiguration(caller)) {
            return new AdminOutcome.Forbidden<>("only vendor staff may read accounts");
        }
        return accounts.find(accountId)
                .<AdminOutcome<Account>>map(AdminOutcome.Found::new)
                .orElseGet(() -> new AdminOutcome.NotFound<>(accountId));
    }

    private List<FieldProblem> referenceProblems(Account account) {
        List<FieldProblem> problems = new ArrayList<>();
        account.solutionPartnerId().ifPresent(id -> {
            Optional<Partner> partner = partners.find(id);
            if (partner.isEmpty()) {
                problems.add(FieldProblem.of("solutionPartnerId", "no partner " + id + " exists"));
            } else if (partner.get().kind() != PartnerKind.SOLUTION) {
                problems.add(FieldProblem.of("solutionPartnerId", id + " is a " + partner.get().kind() + " partner, not a Solution Partner"));
            }
        });
        List<PartnerAccess> access = account.partnerAccess();
        for (int i = 0; i < access.size(); i++) {
            if (partners.find(access.get(i).partnerId()).isEmpty()) {
                problems.add(FieldProblem.of("partnerAccess[" + i + "].partnerId", "no partner " + access.get(i).partnerId() + " exists"));
            }
        }
        if (calendars.find(account.calendarId()).isEmpty()) {
            problems.add(FieldProblem.of("calendarId", "no calendar " + account.calendarId() + " is configured"));
        }
        return problems;
    }
}
