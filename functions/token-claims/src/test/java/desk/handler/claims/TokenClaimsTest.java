package desk.handler.claims;

import static org.assertj.core.api.Assertions.assertThat;

import desk.identity.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The claims a sign-in's tokens carry: the user's directory attributes read as the API reads the
 * claims ({@link Principal#fromClaims}), so the trigger never issues claims the API would refuse
 * nor refuses what it would take; a staff scope needs the role and the group.
 */
class TokenClaimsTest {
    private static final String SUB = "5f1c7a52-3e0d-4f7b-9c1e-2d6b8a4e9f10";

    @Test
    void a_customer_of_an_account_gets_its_role_and_account_and_no_staff_scope() {
        TokenClaims claims = TokenClaims.of(principal(Map.of("custom:role", "customer", "custom:account_id", "demo-enterprise")), List.of());

        assertThat(claims.claims()).containsExactly(Map.entry("role", "customer"), Map.entry("account_id", "demo-enterprise"));
        assertThat(claims.scopesToAdd()).isEmpty();
        assertThat(claims.scopesToDeny()).containsExactly("desk/admin", "desk/support");
    }

    @Test
    void a_partner_user_gets_its_partner_and_no_stray_account_id() {
        TokenClaims claims = TokenClaims.of(principal(Map.of("custom:role", "partner", "custom:partner_id", "demo-solution-partner",
                "custom:account_id", "demo-indirect")), List.of());

        assertThat(claims.claims()).containsExactly(Map.entry("role", "partner"), Map.entry("partner_id", "demo-solution-partner"));
    }

    @Test
    void an_agent_in_the_agents_group_gets_the_support_scope_and_an_admin_in_the_admins_group_the_admin_scope() {
        TokenClaims agent = TokenClaims.of(principal(Map.of("custom:role", "agent")), List.of("desk-agents"));
        TokenClaims admin = TokenClaims.of(principal(Map.of("custom:role", "admin")), List.of("desk-admins"));

        assertThat(agent.claims()).containsExactly(Map.entry("role", "agent"));
        assertThat(agent.scopesToAdd()).containsExactly("desk/support");
        assertThat(agent.scopesToDeny()).containsExactly("desk/admin");
        assertThat(admin.scopesToAdd()).containsExactly("desk/admin");
        assertThat(admin.scopesToDeny()).containsExactly("desk/support");
    }

    @Test
    void a_staff_role_without_its_group_or_a_group_without_its_role_grants_no_scope() {
        assertThat(TokenClaims.of(principal(Map.of("custom:role", "admin")), List.of("desk-agents")).scopesToAdd()).isEmpty();
        assertThat(TokenClaims.of(principal(Map.of("custom:role", "agent")), List.of()).scopesToAdd()).isEmpty();
        assertThat(TokenClaims.of(principal(Map.of("custom:role", "customer", "custom:account_id", "demo-premium")),
                List.of("desk-admins", "desk-agents")).scopesToAdd()).isEmpty();
    }

    @Test
    void attributes_that_describe_no_desk_user_give_no_principal() {
        assertThat(TokenClaims.principalOf(withSub(Map.of("custom:role", "customer")))).isEmpty();
        assertThat(TokenClaims.principalOf(withSub(Map.of("custom:role", "partner", "custom:account_id", "demo-premium")))).isEmpty();
        assertThat(TokenClaims.principalOf(withSub(Map.of("custom:role", "customer", "custom:account_id", "Demo:Premium")))).isEmpty();
        assertThat(TokenClaims.principalOf(withSub(Map.of("custom:role", "owner")))).isEmpty();
        assertThat(TokenClaims.principalOf(withSub(Map.of("custom:account_id", "demo-premium")))).isEmpty();
        assertThat(TokenClaims.principalOf(Map.of("custom:role", "admin"))).as("no sub").isEmpty();
    }

    @Test
    void the_refusal_says_which_attributes_are_set_and_what_each_role_needs_without_their_values() {
        String why = TokenClaims.whyNotADeskUser(withSub(Map.of("custom:role", "customer", "custom:partner_id", "secret-partner")));

        assertThat(why).contains("custom:role is 'customer'", "custom:account_id is not set", "custom:partner_id is set",
                "A customer needs custom:account_id").doesNotContain("secret-partner");
        assertThat(TokenClaims.whyNotADeskUser(withSub(Map.of("custom:role", "<script>")))).contains("not one of customer, partner, agent, admin")
                .doesNotContain("<script>");
    }

    /** Seeded random attribute sets: whatever the trigger issues, the API reads back as the same person; what it refuses, the API would too. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void what_the_trigger_issues_the_api_reads_as_the_same_principal(long seed) {
        Random random = new Random(seed);
        Map<String, String> attributes = withSub(randomAttributes(random));

        Optional<Principal> principal = TokenClaims.principalOf(attributes);

        Map<String, String> asTheApiWouldReadThem = new HashMap<>();
        attributes.forEach((name, value) -> asTheApiWouldReadThem.put(name.replace("custom:", ""), value));
        assertThat(principal).isEqualTo(Principal.fromClaims(asTheApiWouldReadThem));
        principal.ifPresent(p -> {
            Map<String, String> issued = new HashMap<>(TokenClaims.of(p, List.of()).claims());
            issued.put("sub", SUB);
            assertThat(Principal.fromClaims(issued)).contains(p);
        });
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 0x7c3a_0000L + i);
    }

    private static Map<String, String> randomAttributes(Random random) {
        List<String> roles = List.of("customer", "partner", "agent", "admin", "Admin", "", "support");
        List<String> ids = List.of("demo-enterprise", "demo-solution-partner", "a", "Demo-X", "x:y", "demo-", "acme-42");
        Map<String, String> attributes = new HashMap<>();
        if (random.nextInt(8) > 0) {
            attributes.put("custom:role", roles.get(random.nextInt(roles.size())));
        }
        if (random.nextBoolean()) {
            attributes.put("custom:account_id", ids.get(random.nextInt(ids.size())));
        }
        if (random.nextBoolean()) {
            attributes.put("custom:partner_id", ids.get(random.nextInt(ids.size())));
        }
        return attributes;
    }

    private static Principal principal(Map<String, String> attributes) {
        return TokenClaims.principalOf(withSub(attributes)).orElseThrow();
    }

    private static Map<String, String> withSub(Map<String, String> attributes) {
        Map<String, String> withSub = new HashMap<>(attributes);
        withSub.put("sub", SUB);
        return withSub;
    }
}
