package desk.account;

import java.util.Objects;

/** A partner that may act for an account, and whether it has direct access to its production account. */
public record PartnerAccess(String partnerId, boolean productionAccess) {
    public PartnerAccess {
        Objects.requireNonNull(partnerId, "partnerId");
    }
}
