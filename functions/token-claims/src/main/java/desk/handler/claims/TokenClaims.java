package desk.handler.claims;

import desk.identity.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * What a signed-in user's tokens carry for the desk, read from the user's directory attributes:
 * the claims {@code role}, {@code account_id} and {@code partner_id} that {@link Principal#fromClaims}
 * reads, and the staff scopes. Whether the attributes describe a desk user at all is
 * {@link Principal}'s rule, the same one the API applies to the claims: this class only reads them
 * as the API will. A staff scope needs both the role and membership of its group (an admin adds
 * both), so the admin and support routes never rest on one attribute alone (ADR 7).
 *
 * @param claims        added to (or overriding) both the access and the ID token, in a stable order
 * @param scopesToAdd   the staff scope this user holds, if any
 * @param scopesToDeny  the staff scopes this user does not hold, taken out should a client ever ask for them
 */
public record TokenClaims(SequencedMap<String, String> claims, List<String> scopesToAdd, List<String> scopesToDeny) {

    /** The user pool's attributes only admins write (the app client may not). */
    public static final String ROLE_ATTRIBUTE = "custom:role";
    public static final String ACCOUNT_ATTRIBUTE = "custom:account_id";
    public static final String PARTNER_ATTRIBUTE = "custom:partner_id";
    /** The user pool groups that, with the matching role, grant the staff scopes. */
    public static final String ADMINS_GROUP = "desk-admins";
    public static final String AGENTS_GROUP = "desk-agents";
    public static final String ADMIN_SCOPE = "desk/admin";
    public static final String SUPPORT_SCOPE = "desk/support";

    public TokenClaims {
        claims = java.util.Collections.unmodifiableSequencedMap(new LinkedHashMap<>(claims));
        scopesToAdd = List.copyOf(scopesToAdd);
        scopesToDeny = List.copyOf(scopesToDeny);
    }

    /** The principal the attributes describe, as the API will read the claims made of them; empty when they do not fit. */
    public static Optional<Principal> principalOf(Map<String, String> userAttributes) {
        Map<String, String> asClaims = new HashMap<>();
        put(asClaims, "sub", userAttributes.get("sub"));
        put(asClaims, "role", userAttributes.get(ROLE_ATTRIBUTE));
        put(asClaims, "account_id", userAttributes.get(ACCOUNT_ATTRIBUTE));
        put(asClaims, "partner_id", userAttributes.get(PARTNER_ATTRIBUTE));
        return Principal.fromClaims(asClaims);
    }

    /** The claims and scopes of this principal: only the tenant id its role has, whatever else is set. */
    public static TokenClaims of(Principal principal, List<String> groups) {
        SequencedMap<String, String> claims = new LinkedHashMap<>();
        claims.put("role", principal.role());
        switch (principal) {
            case Principal.CustomerUser customer -> claims.put("account_id", customer.accountId());
            case Principal.PartnerUser partner -> claims.put("partner_id", partner.partnerId());
            case Principal.SupportAgent agent -> { }
            case Principal.Admin admin -> { }
        }
        Optional<String> scope = switch (principal) {
            case Principal.Admin admin when groups.contains(ADMINS_GROUP) -> Optional.of(ADMIN_SCOPE);
            case Principal.SupportAgent agent when groups.contains(AGENTS_GROUP) -> Optional.of(SUPPORT_SCOPE);
            default -> Optional.empty();
        };
        List<String> denied = java.util.stream.Stream.of(ADMIN_SCOPE, SUPPORT_SCOPE)
                .filter(staffScope -> scope.map(granted -> !granted.equals(staffScope)).orElse(true))
                .toList();
        return new TokenClaims(claims, scope.stream().toList(), denied);
    }

    /** Why the attributes describe no desk user, for the sign-in error Cognito shows (no attribute values, only which are set). */
    public static String whyNotADeskUser(Map<String, String> userAttributes) {
        return "This user is not set up for the support desk; ask a desk admin to set its attributes: "
                + ROLE_ATTRIBUTE + " is " + describe(userAttributes.get(ROLE_ATTRIBUTE))
                + ", " + ACCOUNT_ATTRIBUTE + " is " + (userAttributes.get(ACCOUNT_ATTRIBUTE) == null ? "not set" : "set")
                + ", " + PARTNER_ATTRIBUTE + " is " + (userAttributes.get(PARTNER_ATTRIBUTE) == null ? "not set" : "set")
                + ". A customer needs " + ACCOUNT_ATTRIBUTE + " and a partner " + PARTNER_ATTRIBUTE
                + " (ids " + desk.validation.FormReader.idRule() + "); agent and admin need neither.";
    }

    private static String describe(String role) {
        return switch (role) {
            case null -> "not set";
            case "customer", "partner", "agent", "admin" -> "'" + role + "'";
            default -> "not one of customer, partner, agent, admin";
        };
    }

    private static void put(Map<String, String> claims, String name, String value) {
        if (value != null) {
            claims.put(name, value);
        }
    }
}
