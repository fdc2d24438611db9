package desk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Policy, parties: people act through the API as a customer user of one account, a partner user of one partner, a
 * support agent or an admin; a token that does not say which, or for which tenant, identifies nobody.
 */
class PrincipalsAreReadFromVerifiedClaimsTest {

    private static Map<String, String> claims(String... keysAndValues) {
        Map<String, String> claims = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            claims.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return claims;
    }

    @Test
    void a_customer_is_a_user_of_the_account_named() {
        // given
        var claims = claims("sub", "u-1", "role", "customer", "account_id", "acme");

        // when
        Optional<Principal> principal = Principal.fromClaims(claims);

        // then
        assertThat(principal).contains(new Principal.CustomerUser("u-1", "acme"));
    }

    @Test
    void a_partner_is_a_user_of_the_partner_named() {
        // given
        var claims = claims("sub", "p-1", "role", "partner", "partner_id", "iberia-solutions");

        // when
        Optional<Principal> principal = Principal.fromClaims(claims);

        // then
        assertThat(principal).contains(new Principal.PartnerUser("p-1", "iberia-solutions"));
    }

    @Test
    void an_agent_is_vendor_staff() {
        // given
        var claims = claims("sub", "a-1", "role", "agent");

        // when
        Optional<Principal> principal = Principal.fromClaims(claims);

        // then
        assertThat(principal).contains(new Principal.SupportAgent("a-1"));
    }

    @Test
    void an_admin_is_vendor_staff() {
        // given
        var claims = claims("sub", "root-1", "role", "admin");

        // when
        Optional<Principal> principal = Principal.fromClaims(claims);

        // then
        assertThat(principal).contains(new Principal.Admin("root-1"));
    }

    @Test
    void a_customer_claim_ignores_a_partner_id_it_also_carries() {
        // given
        var claims = claims("sub", "u-1", "role", "customer", "account_id", "acme", "partner_id", "iberia-solutions");

        // when
        Optional<Principal> principal = Principal.fromClaims(claims);

        // then
        assertThat(principal).contains(new Principal.CustomerUser("u-1", "acme"));
    }

    @Test
    void no_subject_identifies_nobody() {
        // given
        var claims = claims("role", "agent");

        // when / then
        assertThat(Principal.fromClaims(claims)).isEmpty();
    }

    @Test
    void a_blank_subject_identifies_nobody() {
        // given
        var claims = claims("sub", "  ", "role", "admin");

        // when / then
        assertThat(Principal.fromClaims(claims)).isEmpty();
    }

    @Test
    void no_role_identifies_nobody() {
        // given
        var claims = claims("sub", "u-1", "account_id", "acme");

        // when / then
        assertThat(Principal.fromClaims(claims)).isEmpty();
    }

    @Test
    void a_customer_without_account_id_identifies_nobody() {
        // given
        var claims = claims("sub", "u-1", "role", "customer");

        // when / then
        assertThat(Principal.fromClaims(claims)).isEmpty();
    }

    @Test
    void a_customer_with_a_blank_account_id_identifies_nobody() {
        // given
        var claims = claims("sub", "u-1", "role", "customer", "account_id", " ");

        // when / then
        assertThat(Principal.fromClaims(claims)).isEmpty();
    }

    @Test
    void a_partner_without_partner_id_identifies_nobody_even_with_an_account_id() {
        // given
        var claims = claims("sub", "p-1", "role", "partner", "account_id", "acme");

        // when / then
        assertThat(Principal.fromClaims(claims)).isEmpty();
    }

    @Test
    void a_partner_with_a_blank_partner_id_identifies_nobody() {
        // given
        var claims = claims("sub", "p-1", "role", "partner", "partner_id", "");

        // when / then
        assertThat(Principal.fromClaims(claims)).isEmpty();
    }

    @ParameterizedTest(name = "role \"{0}\"")
    @ValueSource(strings = {"superuser", "Customer", "ADMIN", "", "staff"})
    void an_unknown_role_identifies_nobody(String role) {
        // given
        var claims = claims("sub", "u-1", "role", role, "account_id", "acme", "partner_id", "iberia-solutions");

        // when / then
        assertThat(Principal.fromClaims(claims)).isEmpty();
    }

    @Test
    void the_same_subject_in_two_accounts_has_two_scope_keys() {
        // given
        Principal inAcme = new Principal.CustomerUser("u-1", "acme");
        Principal inGlobex = new Principal.CustomerUser("u-1", "globex");

        // when / then
        assertThat(inAcme.scopeKey()).isEqualTo("account:acme:u-1");
        assertThat(inGlobex.scopeKey()).isEqualTo("account:globex:u-1");
    }

    @Test
    void the_same_subject_in_two_partners_has_two_scope_keys() {
        // given
        Principal inIberia = new Principal.PartnerUser("p-1", "iberia-solutions");
        Principal inConnector = new Principal.PartnerUser("p-1", "connector-works");

        // when / then
        assertThat(inIberia.scopeKey()).isNotEqualTo(inConnector.scopeKey());
        assertThat(inIberia.scopeKey()).isEqualTo("partner:iberia-solutions:p-1");
    }

    @Test
    void an_account_and_a_partner_sharing_an_id_give_different_scope_keys() {
        // given
        Principal customer = new Principal.CustomerUser("x-1", "acme");
        Principal partner = new Principal.PartnerUser("x-1", "acme");

        // when / then
        assertThat(customer.scopeKey()).isNotEqualTo(partner.scopeKey());
    }

    @Test
    void staff_scope_keys_name_the_role() {
        // given
        Principal agent = new Principal.SupportAgent("s-1");
        Principal admin = new Principal.Admin("s-1");

        // when / then
        assertThat(agent.scopeKey()).isEqualTo("agent:s-1");
        assertThat(admin.scopeKey()).isEqualTo("admin:s-1");
    }
}
