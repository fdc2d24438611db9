package desk.handler.claims;

import static org.assertj.core.api.Assertions.assertThat;

import desk.devkit.SamTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * template.yaml's user pool against this trigger: nobody signs themselves up, no app client lets
 * users write the attributes the desk's claims come from (an absent WriteAttributes would let them
 * write all), the pool calls this function as its V2_0 pre-token-generation trigger on a plan that
 * has it, only that pool may invoke it, and the attribute and group names are the ones
 * {@link TokenClaims} reads.
 */
class TheUserPoolLetsOnlyAdminsSetTheDeskAttributesTest {
    private static final SamTemplate TEMPLATE = SamTemplate.locate();
    private static final List<String> DESK_ATTRIBUTES =
            List.of(TokenClaims.ROLE_ATTRIBUTE, TokenClaims.ACCOUNT_ATTRIBUTE, TokenClaims.PARTNER_ATTRIBUTE);

    @Test
    void only_admins_create_users_and_the_pool_declares_the_attributes_the_trigger_reads() {
        Map<String, Object> pool = properties(poolId());

        assertThat(at(pool, "AdminCreateUserConfig", "AllowAdminCreateUserOnly")).isEqualTo(true);
        assertThat(list(pool.get("Schema"))).extracting(attribute -> "custom:" + ((Map<?, ?>) attribute).get("Name"))
                .containsAll(DESK_ATTRIBUTES);
    }

    @Test
    void no_app_client_lets_users_write_the_desk_attributes() {
        List<Map<String, Object>> clients = resourcesOfType("AWS::Cognito::UserPoolClient");

        assertThat(clients).isNotEmpty().allSatisfy(client -> {
            Map<String, Object> properties = asMap(client.get("Properties"));
            assertThat(properties).as("WriteAttributes absent means every attribute is writable").containsKey("WriteAttributes");
            assertThat(list(properties.get("WriteAttributes")).stream().map(String::valueOf).toList()).doesNotContainAnyElementsOf(DESK_ATTRIBUTES);
        });
    }

    @Test
    void the_pool_calls_this_handler_as_its_v2_pre_token_generation_trigger_on_a_plan_that_has_it() {
        Map<String, Object> pool = properties(poolId());

        assertThat(pool.get("UserPoolTier")).isIn("ESSENTIALS", "PLUS");
        assertThat(at(pool, "LambdaConfig", "PreTokenGenerationConfig", "LambdaVersion")).isEqualTo("V2_0");
        String function = functionOf(at(pool, "LambdaConfig", "PreTokenGenerationConfig", "LambdaArn"));
        assertThat(TEMPLATE.function(function).handlerClass()).isEqualTo(TokenClaimsHandler.class.getName());
    }

    @Test
    void only_that_pool_may_invoke_the_trigger() {
        String function = functionOf(at(properties(poolId()), "LambdaConfig", "PreTokenGenerationConfig", "LambdaArn"));

        List<Map<String, Object>> permissions = resourcesOfType("AWS::Lambda::Permission").stream()
                .map(permission -> asMap(permission.get("Properties")))
                .filter(permission -> function.equals(functionOf(permission.get("FunctionName"))))
                .toList();

        assertThat(permissions).singleElement().satisfies(permission -> {
            assertThat(permission.get("Principal")).isEqualTo("cognito-idp.amazonaws.com");
            assertThat(permission.get("SourceArn")).isEqualTo(Map.of("Fn::GetAtt", List.of(poolId(), "Arn")));
        });
    }

    @Test
    void the_staff_groups_are_the_ones_the_trigger_reads() {
        assertThat(resourcesOfType("AWS::Cognito::UserPoolGroup"))
                .extracting(group -> asMap(group.get("Properties")).get("GroupName"))
                .contains(TokenClaims.ADMINS_GROUP, TokenClaims.AGENTS_GROUP);
    }

    private static String poolId() {
        List<String> pools = TEMPLATE.resources().entrySet().stream()
                .filter(resource -> "AWS::Cognito::UserPool".equals(resource.getValue().get("Type")))
                .map(Map.Entry::getKey).toList();
        assertThat(pools).as("user pools of template.yaml").hasSize(1);
        return pools.getFirst();
    }

    private static Map<String, Object> properties(String logicalId) {
        return asMap(TEMPLATE.resources().get(logicalId).get("Properties"));
    }

    private static List<Map<String, Object>> resourcesOfType(String type) {
        return TEMPLATE.resources().values().stream().filter(resource -> type.equals(resource.get("Type"))).toList();
    }

    /** The function logical id behind {@code !Ref F.Alias}, {@code !Ref F} or {@code !GetAtt F.Arn}. */
    private static String functionOf(Object reference) {
        Map<String, Object> intrinsic = asMap(reference);
        Object id = intrinsic.containsKey("Ref") ? intrinsic.get("Ref") : list(intrinsic.get("Fn::GetAtt")).stream().findFirst().orElse(null);
        return id == null ? null : String.valueOf(id).replaceFirst("\\.Alias$", "");
    }

    private static Object at(Map<String, Object> node, String... path) {
        Object value = node;
        for (String step : path) {
            value = asMap(value).get(step);
        }
        return value;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
