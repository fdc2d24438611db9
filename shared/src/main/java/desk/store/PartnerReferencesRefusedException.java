package desk.store;

import desk.account.PartnerKind;
import java.util.List;
import java.util.Optional;

/**
 * An account write named partners that could not take the reference: one that does not exist, or
 * a Solution Partner that is not of kind SOLUTION. The write's transaction was cancelled whole.
 */
public class PartnerReferencesRefusedException extends RuntimeException {
    /** A partner as the refused write found it: {@code kind} empty when no such partner exists. */
    public record Refusal(String partnerId, Optional<PartnerKind> kind) {}

    private final List<Refusal> refusals;

    public PartnerReferencesRefusedException(String accountId, List<Refusal> refusals, Throwable cause) {
        super("account " + accountId + " names partners that refuse it: " + refusals, cause);
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
