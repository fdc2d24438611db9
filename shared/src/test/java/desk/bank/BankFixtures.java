package desk.bank;

import desk.account.Account;
import desk.account.Contract;
import desk.account.PartnerAccess;
import desk.account.Plan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Contracts, accounts and instants for the bank's rules, all at fixed moments in Madrid. */
final class BankFixtures {
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final BankHolder ACME = new BankHolder.AccountHolder("acme");
    static final String SOLUTION_PARTNER = "iberia-solutions";
    static final String OTHER_PARTNER = "levante-tech";

    private BankFixtures() {}

    static Instant madrid(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    /** Acme's contract: {@code hours} a year from 1 March 2026, anniversaries at Madrid midnight. */
    static SupportContract acmeContract(long hours) {
        return SupportContract.of(ACME, hours, LocalDate.parse("2026-03-01"), MADRID);
    }

    static Account directAccount(List<PartnerAccess> access) {
        return new Account("acme", "Acme Retail", Plan.PREMIUM, Contract.DIRECT, Optional.empty(), access, "es-madrid");
    }

    static Account indirectAccount() {
        return new Account("globex", "Globex Foods", Plan.ENTERPRISE, Contract.INDIRECT, Optional.of(SOLUTION_PARTNER),
                List.of(), "es-madrid");
    }
}
