package desk.local;

import java.time.Duration;
import java.util.Set;

/** What {@code desk token} puts into a token; absent ids stay out of it. */
record TokenRequest(String role, String accountId, String partnerId, String subject, Duration ttl) {

    static final Set<String> ROLES = Set.of("customer", "partner", "agent", "admin");

    TokenRequest {
        if (!ROLES.contains(role)) {
            throw new UsageException("--role must be one of customer, partner, agent, admin; not " + role);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new UsageException("--ttl must be a positive number of minutes");
        }
    }
}
