package desk.usecase;

import desk.access.AccessRules;
import desk.bank.BankHolder;
import desk.bank.ContractYear;
import desk.bank.HourBank;
import desk.bank.SupportContract;
import desk.identity.Principal;
import desk.store.HourBanks;
import desk.store.SupportContracts;
import desk.validation.FieldProblem;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /banks/{holder}}: one contract year of a holder's hour bank, its figures and its
 * ledger newest first, paged. The year is the one {@code now} falls in unless {@code ?year=} names
 * another (past years stay readable); a year nothing was charged in yet shows the full allowance.
 * Who reads it is {@link AccessRules#readsBank}; to anyone else, and for a holder without a
 * support contract, the bank does not exist.
 */
@Singleton
public class ReadHourBank {
    /** Contract years the API names: far beyond any contract's life, and inside {@code LocalDate}'s range. */
    static final long MIN_YEAR = -999;
    static final long MAX_YEAR = 9999;

    private final HourBanks banks;
    private final SupportContracts contracts;

    ReadHourBank(HourBanks banks, SupportContracts contracts) {
        this.banks = banks;
        this.contracts = contracts;
    }

    public sealed interface Outcome {
        /** The bank as it stands (opened at the full allowance when nothing was charged yet), and one page of its ledger. */
        record Read(HourBank bank, SupportContract contract, HourBanks.LedgerPage page, Optional<String> nextCursor)
                implements Outcome {
            public Read {
                Objects.requireNonNull(bank, "bank");
                Objects.requireNonNull(contract, "contract");
                Objects.requireNonNull(page, "page");
                Objects.requireNonNull(nextCursor, "nextCursor");
            }
        }

        record NotFound(String holder) implements Outcome {}

        record Refused(List<FieldProblem> problems) implements Outcome {}
    }

    public Outcome read(Principal caller, String holderKey, Map<String, String> query, Instant now) {
        Optional<BankHolder> holder = BankHolder.parse(holderKey).filter(h -> AccessRules.readsBank(caller, h));
        if (holder.isEmpty()) {
            return new Outcome.NotFound(holderKey);
        }
        Optional<SupportContract> contract = contracts.find(holder.get());
        if (contract.isEmpty()) {
            return new Outcome.NotFound(holderKey);
        }
        ListRequest request = ListRequest.read(query, "year");
        long year = year(request, query.get("year")).orElseGet(() -> contract.get().yearOf(now).number());
        String listKey = "bank " + holder.get().key() + " " + year;
        Optional<Long> before = request.position(listKey).flatMap(ReadHourBank::sequence);
        if (!request.problems().isEmpty()) {
            return new Outcome.Refused(request.problems());
        }
        ContractYear contractYear = contract.get().year(year);
        HourBank bank = banks.find(holder.get(), year).orElseGet(() -> HourBank.open(contract.get(), contractYear.start()));
        HourBanks.LedgerPage page = banks.ledger(holder.get(), year, before, request.limit());
        return new Outcome.Read(bank, contract.get(), page,
                page.nextBefore().map(next -> ListRequest.cursor(listKey, Long.toString(next))));
    }

    private static Optional<Long> year(ListRequest request, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            long year = Long.parseLong(text.strip());
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                return Optional.of(year);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        request.filters().problem("year", "must be a contract year's number (1 is the year the contract starts)");
        return Optional.empty();
    }

    private static Optional<Long> sequence(String position) {
        try {
            return Optional.of(Long.parseLong(position));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
