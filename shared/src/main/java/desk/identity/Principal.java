package desk.identity;

import desk.validation.FormReader;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who acts through the API, as the JWT authorizer vouches: a customer user of one account, a
 * partner user acting for that partner's client accounts, a vendor support agent, or an admin.
 */
public sealed interface Principal {
    /** The token's subject: the person, stable across requests. */
    String subject();

    record CustomerUser(String subject, String accountId) implements Principal {
        public CustomerUser {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(accountId, "accountId");
        }
    }

    record PartnerUser(String subject, String partnerId) implements Principal {
        public PartnerUser {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(partnerId, "partnerId");
        }
    }

    record SupportAgent(String subject) implements Principal {
        public SupportAgent {
            Objects.requireNonNull(subject, "subject");
        }
    }

    record Admin(String subject) implements Principal {
        public Admin {
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** The role as the token's {@code role} claim names it. */
    default String role() {
        return switch (this) {
            case CustomerUser c -> "customer";
            case PartnerUser p -> "partner";
            case SupportAgent a -> "agent";
            case Admin a -> "admin";
        };
    }

    /** A key unique to this person within their tenant, e.g. to scope idempotency keys. */
    default String scopeKey() {
        return switch (this) {
            case CustomerUser c -> "account:" + c.accountId() + ":" + c.subject();
            case PartnerUser p -> "partner:" + p.partnerId() + ":" + p.subject();
            case SupportAgent a -> "agent:" + a.subject();
            case Admin a -> "admin:" + a.subject();
        };
    }

    /**
     * Reads the claims API Gateway's JWT authorizer passes on: {@code sub}, {@code role}
     * (customer, partner, agent, admin) and {@code account_id} or {@code partner_id}.
     */
    static Optional<Principal> fromClaims(Map<String, String> claims) {
        String subject = claims.get("sub");
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        // Ids follow the id rule (no ':'), which also keeps scopeKey() unambiguous.
        return of(claims.get("role"), subject,
                Optional.ofNullable(claims.get("account_id")).filter(FormReader::isValidId),
                Optional.ofNullable(claims.get("partner_id")).filter(FormReader::isValidId));
    }

    /** The principal a role, a subject and the role's tenant id describe; empty when they do not fit. */
    static Optional<Principal> of(String role, String subject, Optional<String> accountId, Optional<String> partnerId) {
        if (role == null) {
            return Optional.empty();
        }
        return switch (role) {
            case "customer" -> accountId.map(account -> new CustomerUser(subject, account));
            case "partner" -> partnerId.map(partner -> new PartnerUser(subject, partner));
            case "agent" -> Optional.of(new SupportAgent(subject));
            case "admin" -> Optional.of(new Admin(subject));
            default -> Optional.empty();
        };
    }
}
