package desk.store;

import desk.account.PartnerKind;

/** Accounts reference the partner, so its kind cannot change (an account's Solution Partner must stay one). */
public class PartnerKindLockedException extends RuntimeException {
    private final PartnerKind kind;
    private final long references;

    public PartnerKindLockedException(String partnerId, PartnerKind kind, long references) {
        super(references + " accounts reference partner " + partnerId + "; it stays " + kind);
        this.kind = kind;
        this.references = references;
    }

    public PartnerKind kind() {
        return kind;
    }

    /** How many accounts reference the partner, in any role. */
    public long references() {
        return references;
    }
}
