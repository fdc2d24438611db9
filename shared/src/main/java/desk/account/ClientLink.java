package desk.account;

import java.util.Objects;

/**
 * An account as the client of one partner: the partner is its Solution Partner or was granted
 * access to it. A partner named in both roles is one link, as the Solution Partner, with the
 * production access its access entry grants.
 */
public record ClientLink(String partnerId, String accountId, Relation relation, boolean productionAccess) {
    public enum Relation {
        SOLUTION_PARTNER, ACCESS
    }

    public ClientLink {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(relation, "relation");
    }
}
