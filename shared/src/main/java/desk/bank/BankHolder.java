package desk.bank;

import desk.account.Account;
import desk.account.Partner;
import desk.account.PartnerKind;
import desk.identity.Principal;
import desk.validation.FormReader;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose bank a ticket draws on: the account itself under a DIRECT contract, or a Solution Partner,
 * for its clients' tickets and for the tickets it opens itself.
 */
public sealed interface BankHolder {

    /** The key a bank is stored under: {@code account:<id>} or {@code partner:<id>}. */
    String key();

    record AccountHolder(String accountId) implements BankHolder {
        public AccountHolder {
            Objects.requireNonNull(accountId, "accountId");
        }

        @Override
        public String key() {
            return "account:" + accountId;
        }
    }

    record PartnerHolder(String partnerId) implements BankHolder {
        public PartnerHolder {
            Objects.requireNonNull(partnerId, "partnerId");
        }

        @Override
        public String key() {
            return "partner:" + partnerId;
        }
    }

    /**
     * The holder of a ticket on {@code account} opened by {@code openedBy}: the opener's partner,
     * when a user of a Solution Partner acting for the account opened it; otherwise the account's
     * Solution Partner for an INDIRECT contract, the account itself for a DIRECT one. A Technology
     * Partner holds no bank (only Solution Partners have clients' hours), so a ticket it opens draws
     * on the account's holder, as does one whose partner no longer acts for the account.
     *
     * @param openersPartner the partner of {@code openedBy} when it is a partner user (as stored now); empty otherwise
     */
    static BankHolder of(Account account, Principal openedBy, Optional<Partner> openersPartner) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(openersPartner, "openersPartner");
        if (openedBy instanceof Principal.PartnerUser(String subject, String partnerId)
                && openersPartner.filter(partner -> partner.id().equals(partnerId))
                        .filter(partner -> partner.kind() == PartnerKind.SOLUTION).isPresent()
                && account.isClientOf(partnerId)) {
            return new PartnerHolder(partnerId);
        }
        return account.solutionPartnerId()
                .<BankHolder>map(PartnerHolder::new)
                .orElseGet(() -> new AccountHolder(account.id()));
    }

    /** The holder a stored {@code kind} ({@link #kind()}) and id name. */
    static BankHolder of(String kind, String id) {
        return switch (kind) {
            case "ACCOUNT" -> new AccountHolder(id);
            case "PARTNER" -> new PartnerHolder(id);
            default -> throw new IllegalArgumentException("no bank holder of kind " + kind);
        };
    }

    /**
     * The holder a {@link #key()} names ({@code account:<id>}, {@code partner:<id>}), as an API
     * path carries it; empty for anything else, which names no bank.
     */
    static Optional<BankHolder> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        String id = colon < 0 ? "" : key.substring(colon + 1);
        if (!FormReader.isValidId(id)) {
            return Optional.empty();
        }
        return switch (key.substring(0, colon)) {
            case "account" -> Optional.of(new AccountHolder(id));
            case "partner" -> Optional.of(new PartnerHolder(id));
            default -> Optional.empty();
        };
    }

    /** {@code ACCOUNT} or {@code PARTNER}. */
    default String kind() {
        return switch (this) {
            case AccountHolder a -> "ACCOUNT";
            case PartnerHolder p -> "PARTNER";
        };
    }

    /** The account's or the partner's id. */
    default String id() {
        return switch (this) {
            case AccountHolder(String accountId) -> accountId;
            case PartnerHolder(String partnerId) -> partnerId;
        };
    }
}
