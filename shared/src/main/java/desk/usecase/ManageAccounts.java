package desk.usecase;

import desk.account.Account;
import desk.account.AccountForm;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.calendar.CalendarCatalog;
import desk.access.AccessRules;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.MailIdentityRefusedException;
import desk.store.PartnerReferencesRefusedException;
import desk.validation.FieldProblem;
import desk.validation.FormReader;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Creates, replaces and reads accounts: admins write, vendor staff read. An account may only
 * name a configured calendar (checked here), partners that exist and a Solution Partner that is
 * one (checked by the store's transaction, atomically with the write, so a partner cannot change
 * kind or vanish between the check and the write).
 */
@Singleton
public class ManageAccounts {
    private final AccountStore accounts;
    private final CalendarCatalog calendars;
    private final WriteAttempts attempts;

    ManageAccounts(AccountStore accounts, CalendarCatalog calendars, WriteAttempts attempts) {
        this.accounts = accounts;
        this.calendars = calendars;
        this.attempts = attempts;
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
            case Validated.Valid<Account>(Account account) -> calendars.find(account.calendarId()).isEmpty()
                    ? new AdminOutcome.Refused<>(List.of(
                            FieldProblem.of("calendarId", "no calendar " + account.calendarId() + " is configured")))
                    : store(account);
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

    private AdminOutcome<Account> store(Account account) {
        try {
            return new AdminOutcome.Stored<>(attempts.run(() -> accounts.put(account)), account);
        } catch (PartnerReferencesRefusedException refused) {
            return new AdminOutcome.Refused<>(referenceProblems(account, refused.refusals()));
        } catch (MailIdentityRefusedException refused) {
            return new AdminOutcome.Refused<>(MailIdentityProblems.of(refused, account.mailUsers(), account.mailDomains()));
        }
    }

    /** Each refused partner, named by the field that names it. */
    private static List<FieldProblem> referenceProblems(Account account, List<PartnerReferencesRefusedException.Refusal> refusals) {
        Map<String, Optional<PartnerKind>> found = refusals.stream().collect(Collectors.toMap(
                PartnerReferencesRefusedException.Refusal::partnerId, PartnerReferencesRefusedException.Refusal::kind));
        List<FieldProblem> problems = new ArrayList<>();
        account.solutionPartnerId().filter(found::containsKey).ifPresent(id -> problems.add(FieldProblem.of("solutionPartnerId",
                found.get(id).map(kind -> id + " is a " + kind + " partner, not a Solution Partner")
                        .orElse("no partner " + id + " exists"))));
        List<PartnerAccess> access = account.partnerAccess();
        for (int i = 0; i < access.size(); i++) {
            String id = access.get(i).partnerId();
            if (found.containsKey(id) && found.get(id).isEmpty()) {
                problems.add(FieldProblem.of("partnerAccess[" + i + "].partnerId", "no partner " + id + " exists"));
            }
        }
        return problems;
    }
}
