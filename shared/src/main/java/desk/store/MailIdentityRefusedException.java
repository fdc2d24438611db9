package desk.store;

import java.util.List;

/**
 * An account or partner write named mail addresses or domains it cannot hold: another party
 * holds them (one address, one domain, one owner), or it changes more of them at once than one
 * transaction carries. The write's transaction was cancelled whole.
 */
public class MailIdentityRefusedException extends RuntimeException {

    public sealed interface Refusal {
        /** {@code value} (an address key or a domain) belongs to {@code ownerKind} ({@code account}, {@code partner}) {@code ownerId}. */
        record Taken(String value, String ownerKind, String ownerId) implements Refusal {}

        /** The write adds or drops {@code changes} addresses and domains; at most {@code max} fit in one write. */
        record TooManyChanges(int changes, int max) implements Refusal {}
    }

    private final List<Refusal> refusals;

    public MailIdentityRefusedException(String party, List<Refusal> refusals, Throwable cause) {
        super(party + " names mail addresses or domains it cannot hold: " + refusals, cause);
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
