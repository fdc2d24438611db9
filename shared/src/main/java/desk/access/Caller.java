package desk.access;

import desk.account.Partner;
import desk.identity.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * A caller as the rules see it: the person the token vouches for and, for a partner user, its
 * partner as stored now (empty when no such partner exists: such a caller acts for no account).
 */
public record Caller(Principal principal, Optional<Partner> partner) {
    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(partner, "partner");
        if (partner.isPresent() && !(principal instanceof Principal.PartnerUser user && user.partnerId().equals(partner.get().id()))) {
            throw new IllegalArgumentException("only a partner user has a partner, and only its own");
        }
    }

    /** A caller that is not a partner user: nothing more than the token is needed. */
    public static Caller of(Principal principal) {
        if (principal instanceof Principal.PartnerUser) {
            throw new IllegalArgumentException("a partner user is known with its partner");
        }
        return new Caller(principal, Optional.empty());
    }
}
