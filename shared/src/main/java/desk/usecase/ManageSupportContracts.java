package desk.usecase;

import desk.access.AccessRules;
import desk.account.Partner;
import desk.account.PartnerKind;
import desk.bank.BankHolder;
import desk.bank.ContractForm;
import desk.bank.SupportContract;
import desk.calendar.BusinessCalendar;
import desk.calendar.CalendarCatalog;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.PartnerStore;
import desk.store.SupportContracts;
import desk.validation.FieldProblem;
import desk.validation.FormReader;
import desk.validation.Validated;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets and reads each bank holder's support contract (issue 17): admins write, vendor staff read.
 * The holder must exist (404) and a partner must be a Solution Partner (422 on {@code holder}),
 * since only those hold banks. The contract's zone is its holder's calendar zone: an account's
 * own calendar, and for a partner, which has no calendar of its own, the default calendar
 * ({@link CalendarCatalog#defaultCalendarId()}). The store writes the contract only while the
 * holder still is what was read here; otherwise this reads and decides again.
 */
@Singleton
public class ManageSupportContracts {
    private final SupportContracts contracts;
    private final AccountStore accounts;
    private final PartnerStore partners;
    private final CalendarCatalog calendars;
    private final TicketCalendars ticketCalendars;
    private final WriteAttempts attempts;

    ManageSupportContracts(SupportContracts contracts, AccountStore accounts, PartnerStore partners, CalendarCatalog calendars,
                           TicketCalendars ticketCalendars, WriteAttempts attempts) {
        this.contracts = contracts;
        this.accounts = accounts;
        this.partners = partners;
        this.calendars = calendars;
        this.ticketCalendars = ticketCalendars;
        this.attempts = attempts;
    }

    public AdminOutcome<SupportContract> put(Principal caller, BankHolder holder, Map<String, Object> form) {
        if (!AccessRules.managesConfiguration(caller)) {
            return new AdminOutcome.Forbidden<>("only an admin may set support contracts");
        }
        if (!FormReader.isValidId(idOf(holder))) {
            return new AdminOutcome.Refused<>(List.of(FieldProblem.of("id", FormReader.idRule())));
        }
        return switch (ContractForm.read(form)) {
            case Validated.Invalid<ContractForm.Terms>(List<FieldProblem> problems) -> new AdminOutcome.Refused<>(problems);
            case Validated.Valid<ContractForm.Terms>(ContractForm.Terms terms) -> attempts.run(() -> decideAndStore(holder, terms));
        };
    }

    public AdminOutcome<SupportContract> get(Principal caller, BankHolder holder) {
        if (!AccessRules.readsConfiguration(caller)) {
            return new AdminOutcome.Forbidden<>("only vendor staff may read support contracts");
        }
        return contracts.find(holder)
                .<AdminOutcome<SupportContract>>map(AdminOutcome.Found::new)
                .orElseGet(() -> new AdminOutcome.NotFound<>(idOf(holder)));
    }

    /** One attempt: read the holder, decide, write under the holder's condition. */
    private AdminOutcome<SupportContract> decideAndStore(BankHolder holder, ContractForm.Terms terms) {
        Optional<BusinessCalendar> calendar;
        switch (holder) {
            case BankHolder.AccountHolder(String accountId) -> calendar = accounts.find(accountId).map(ticketCalendars::of);
            case BankHolder.PartnerHolder(String partnerId) -> {
                Optional<Partner> partner = partners.find(partnerId);
                if (partner.isPresent() && partner.get().kind() != PartnerKind.SOLUTION) {
                    return new AdminOutcome.Refused<>(List.of(FieldProblem.of("holder", partnerId + " is a "
                            + partner.get().kind() + " partner; only a Solution Partner holds a support-hour bank")));
                }
                calendar = partner.map(this::calendarOf);
            }
        }
        if (calendar.isEmpty()) {
            return new AdminOutcome.NotFound<>(idOf(holder));
        }
        SupportContract contract = new SupportContract(holder, terms.yearlyAllowance(), terms.startDate(), calendar.get().zone());
        return new AdminOutcome.Stored<>(contracts.put(contract, calendar.get().id()), contract);
    }

    private BusinessCalendar calendarOf(Partner partner) {
        String id = calendars.defaultCalendarId();
        return calendars.find(id).orElseThrow(() -> new MisconfiguredException(
                "the default calendar " + id + ", whose zone partner " + partner.id() + "'s contract takes, is not configured"));
    }

    private static String idOf(BankHolder holder) {
        return switch (holder) {
            case BankHolder.AccountHolder(String accountId) -> accountId;
            case BankHolder.PartnerHolder(String partnerId) -> partnerId;
        };
    }
}
