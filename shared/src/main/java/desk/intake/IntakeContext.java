package desk.intake;

import desk.account.Account;
import desk.account.Partner;
import desk.identity.Principal;
import java.util.Objects;
import java.util.Optional;

/** Who opens a ticket for which account: the facts intake's rules need beyond the form itself. */
public record IntakeContext(Account account, Principal opener, Optional<Partner> openingPartner) {
    public IntakeContext {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(openingPartner, "openingPartner");
        if ((opener instanceof Principal.PartnerUser) != openingPartner.isPresent()) {
            throw new IllegalArgumentException("the opening partner is known exactly when a partner user opens");
        }
    }
}
