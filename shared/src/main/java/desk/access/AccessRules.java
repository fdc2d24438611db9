package desk.access;

import desk.account.Account;
import desk.bank.BankHolder;
import desk.account.Partner;
import desk.account.PartnerKind;
import desk.identity.Principal;
import desk.ticket.Category;
import desk.ticket.TicketKind;
import desk.ticket.TicketSummary;
import desk.validation.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one authorization rule set (policy, "Parties"). Every use case and every listing asks it:
 * <ul>
 *   <li>a customer user acts on its own account's tickets;</li>
 *   <li>a Solution Partner user acts on the tickets of its current client accounts (the account's
 *       Solution Partner today, or a partner the account grants access) and on those it opened;</li>
 *   <li>a Technology Partner user acts only on integration tickets of accounts that grant it
 *       production access, and never raises account requests;</li>
 *   <li>only agents post internal notes, reclassify, assign and change status; only admins manage
 *       accounts, partners and calendars; vendor staff read them;</li>
 *   <li>what is not the caller's answers as if it did not exist, and a person's identity-provider
 *       subject is shown to their own party only.</li>
 * </ul>
 */
public final class AccessRules {
    private AccessRules() {}

    /**
     * How the caller takes part in {@code ticket} (a summary carries every fact this decides on),
     * judged on its account as the account is now; empty: not at all. The account is read only when
     * it decides: for a partner user, whose part depends on the account's partners now. Staff and
     * customers are judged on the ticket alone, so reading their ticket costs no read of its account.
     */
    public static Optional<TicketParty> partyOf(Caller caller, TicketSummary ticket, Supplier<Account> accountNow) {
        boolean requesterSide = switch (caller.principal()) {
            case Principal.SupportAgent agent -> false;
            case Principal.Admin admin -> false;
            case Principal.CustomerUser customer -> customer.accountId().equals(ticket.accountId());
            case Principal.PartnerUser user -> caller.partner()
                    .filter(partner -> partnerActsOn(partner, ticket, accountOf(ticket, accountNow)))
                    .isPresent();
        };
        return switch (caller.principal()) {
            case Principal.SupportAgent agent -> Optional.of(TicketParty.SUPPORT);
            case Principal.Admin admin -> Optional.of(TicketParty.OVERSIGHT);
            default -> requesterSide ? Optional.of(TicketParty.REQUESTER_SIDE) : Optional.empty();
        };
    }

    private static boolean partnerActsOn(Partner partner, TicketSummary ticket, Account account) {
        return switch (partner.kind()) {
            case SOLUTION -> account.isClientOf(partner.id())
                    || ticket.openedBy() instanceof Principal.PartnerUser opener && opener.partnerId().equals(partner.id());
            case TECHNOLOGY -> ticket.category() == Category.INTEGRATION && account.grantsProductionAccessTo(partner.id());
        };
    }

    private static Account accountOf(TicketSummary ticket, Supplier<Account> accountNow) {
        Account account = accountNow.get();
        if (!ticket.accountId().equals(account.id())) {
            throw new IllegalArgumentException("ticket " + ticket.id() + " is not of account " + account.id());
        }
        return account;
    }

    /** Whether the caller acts for {@code account} at all: opens its tickets, lists them. */
    public static boolean actsFor(Caller caller, Account account) {
        return switch (caller.principal()) {
            case Principal.SupportAgent agent -> true;
            case Principal.Admin admin -> false;
            case Principal.CustomerUser customer -> customer.accountId().equals(account.id());
            case Principal.PartnerUser user -> caller.partner().filter(partner -> switch (partner.kind()) {
                case SOLUTION -> account.isClientOf(partner.id());
                case TECHNOLOGY -> account.grantsProductionAccessTo(partner.id());
            }).isPresent();
        };
    }

    /**
     * Whether the caller may open a ticket of {@code kind} and {@code category} for {@code account}.
     * Account matters of an indirect account are raised by its Solution Partner, those of a direct
     * account by the account itself; support may raise either on a customer's behalf. Only the
     * Solution Partner or support may agree that support answers an indirect account's end customer.
     */
    public static OpeningDecision toOpen(Caller caller, Account account, TicketKind kind, Category category,
                                         boolean agreedDirectContact) {
        if (!actsFor(caller, account)) {
            return new OpeningDecision.AccountHidden();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<PartnerKind> partnerKind = caller.partner().map(Partner::kind);
        if (partnerKind.filter(PartnerKind.TECHNOLOGY::equals).isPresent()) {
            if (kind == TicketKind.ACCOUNT_REQUEST) {
                problems.add(FieldProblem.of("kind", "a Technology Partner never raises account requests; "
                        + "the account's own users or its Solution Partner do"));
            } else if (category != Category.INTEGRATION) {
                problems.add(FieldProblem.of("category", "a Technology Partner opens INTEGRATION tickets only"));
            }
        }
        boolean accountsSolutionPartner = isSolutionPartnerOf(caller, account);
        boolean agent = caller.principal() instanceof Principal.SupportAgent;
        if (kind == TicketKind.ACCOUNT_REQUEST && problems.isEmpty() && !agent) {
            if (account.isIndirect() && !accountsSolutionPartner) {
                problems.add(FieldProblem.of("kind", "account matters of an indirect account are raised by its Solution Partner "
                        + account.solutionPartnerId().orElseThrow() + "; please contact your partner"));
            } else if (!account.isIndirect() && !(caller.principal() instanceof Principal.CustomerUser)) {
                problems.add(FieldProblem.of("kind", "account matters of a direct account are raised by the account's own users"));
            }
        }
        if (agreedDirectContact && account.isIndirect() && !accountsSolutionPartner && !agent) {
            problems.add(FieldProblem.of("agreedDirectContact",
                    "only the Solution Partner or support can agree to answer the end customer directly"));
        }
        return problems.isEmpty() ? new OpeningDecision.Allowed() : new OpeningDecision.Refused(problems);
    }

    /**
     * {@code GET /me}: every caller reads who it is; of accounts, a customer or partner user reads
     * those it acts for now (the web form offers them, with their plan and contract). Vendor staff
     * name the account they act for, and read accounts through {@code GET /accounts/{id}}.
     */
    public static boolean showsInOwnProfile(Caller caller, Account account) {
        return switch (caller.principal()) {
            case Principal.CustomerUser customer -> actsFor(caller, account);
            case Principal.PartnerUser user -> actsFor(caller, account);
            case Principal.SupportAgent agent -> false;
            case Principal.Admin admin -> false;
        };
    }

    /** Everyone but admins opens tickets: admins oversee, agents open on a customer's behalf. */
    public static boolean opensTickets(Principal caller) {
        return !(caller instanceof Principal.Admin);
    }

    /** Agents work tickets in the queue: reclassify, assign, change status, read the queue. */
    public static boolean worksTickets(Principal caller) {
        return caller instanceof Principal.SupportAgent;
    }

    /** Vendor staff list any account's tickets; customers and partners list their own scope. */
    public static boolean listsAnyAccount(Principal caller) {
        return caller instanceof Principal.SupportAgent || caller instanceof Principal.Admin;
    }

    /**
     * An account's requests go to its Customer Success Manager's own list: the vendor staff member
     * the account names, as it names them now.
     */
    public static boolean answersRequestsOf(Principal caller, Account account) {
        return servesCustomerSuccess(caller) && account.successManagerId().filter(caller.subject()::equals).isPresent();
    }

    /** Customer Success Managers are vendor staff: agents or admins by their token. */
    public static boolean servesCustomerSuccess(Principal caller) {
        return caller instanceof Principal.SupportAgent || caller instanceof Principal.Admin;
    }

    /** Admins create and change accounts, partners and calendars. */
    public static boolean managesConfiguration(Principal caller) {
        return caller instanceof Principal.Admin;
    }

    /** Vendor staff read accounts, partners and calendars (support needs an account's plan and partner). */
    public static boolean readsConfiguration(Principal caller) {
        return caller instanceof Principal.Admin || caller instanceof Principal.SupportAgent;
    }

    /**
     * Who reads an hour bank (its balance, its ledger, what a ticket cost it): the holder's own
     * users (an account's customer users, a Solution Partner's users) and vendor staff. Anyone
     * else is told the bank does not exist: a client of a partner does not see the partner's bank.
     */
    public static boolean readsBank(Principal caller, BankHolder holder) {
        return switch (caller) {
            case Principal.CustomerUser user -> holder instanceof BankHolder.AccountHolder(String accountId)
                    && accountId.equals(user.accountId());
            case Principal.PartnerUser user -> holder instanceof BankHolder.PartnerHolder(String partnerId)
                    && partnerId.equals(user.partnerId());
            case Principal.SupportAgent agent -> true;
            case Principal.Admin admin -> true;
        };
    }

    /** Time worked and what a ticket owes by the rule are support's bookkeeping: vendor staff see them on every ticket. */
    public static boolean seesTimeWorked(Principal viewer) {
        return viewer instanceof Principal.SupportAgent || viewer instanceof Principal.Admin;
    }

    /**
     * Whether {@code viewer} may see {@code person}'s identity-provider subject: only within their
     * own party (the same account's users, the same partner's users, vendor staff among themselves).
     */
    public static boolean showsSubject(Principal viewer, Principal person) {
        return switch (person) {
            case Principal.CustomerUser author -> viewer instanceof Principal.CustomerUser v && v.accountId().equals(author.accountId());
            case Principal.PartnerUser author -> viewer instanceof Principal.PartnerUser v && v.partnerId().equals(author.partnerId());
            case Principal.SupportAgent author -> showsStaffSubjects(viewer);
            case Principal.Admin author -> showsStaffSubjects(viewer);
        };
    }

    /** Vendor staff's subjects (a responder, an assignee) are shown to vendor staff only. */
    public static boolean showsStaffSubjects(Principal viewer) {
        return viewer instanceof Principal.SupportAgent || viewer instanceof Principal.Admin;
    }

    private static boolean isSolutionPartnerOf(Caller caller, Account account) {
        return caller.partner().filter(partner -> partner.kind() == PartnerKind.SOLUTION
                && account.solutionPartnerId().filter(partner.id()::equals).isPresent()).isPresent();
    }
}
