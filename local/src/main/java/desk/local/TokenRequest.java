package desk.local;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** What {@code desk token} puts into a token; absent ids stay out of it. */
record TokenRequest(String role, String accountId, String partnerId, String subject, Duration ttl) {

    static final Set<String> ROLES = Set.of("customer", "partner", "agent", "admin");

    /**
     * The OAuth scopes the identity provider grants with each role (README, "What the identity
     * provider must guarantee"): the admin routes require {@code desk/admin}, staff reads accept
     * {@code desk/support} too.
     */
    List<String> scopes() {
        return switch (role) {
            case "admin" -> List.of("desk/admin");
            case "agent" -> List.of("desk/support");
            default -> List.of();
        };
    }

    TokenRequest {
        if (!ROLES.contains(role)) {
            throw new UsageException("--role must be one of customer, partner, agent, admin; not " + role);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new UsageException("--ttl must be a positive number of minutes");
        }
    }
}
