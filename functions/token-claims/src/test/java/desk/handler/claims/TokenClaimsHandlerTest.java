package desk.handler.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import desk.devkit.SamTemplate;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trigger on the sample event {@code events/pre-token-generation.json}, read and written as
 * JSON: a customer's access and ID tokens get {@code role} and {@code account_id}; a user whose
 * attributes describe no desk user fails the sign-in with a message saying what is missing.
 */
class TokenClaimsHandlerTest {
    private static final Path SAMPLE = SamTemplate.locate().directory().resolve("events/pre-token-generation.json");

    private ApplicationContext context;
    private TokenClaimsHandler handler;
    private JsonMapper json;

    @BeforeEach
    void start() {
        context = ApplicationContext.run();
        handler = new TokenClaimsHandler(context);
        json = context.getBean(JsonMapper.class);
    }

    @AfterEach
    void stop() {
        handler.close();
        context.close();
    }

    @Test
    void the_sample_customer_gets_its_role_and_account_in_both_tokens_and_no_staff_scope() throws IOException {
        JsonNode answer = json.writeValueToTree(handler.execute(sample()));

        JsonNode details = answer.get("response").get("claimsAndScopeOverrideDetails");
        for (String token : new String[] {"accessTokenGeneration", "idTokenGeneration"}) {
            JsonNode claims = details.get(token).get("claimsToAddOrOverride");
            assertThat(claims.get("role").getStringValue()).as(token).isEqualTo("customer");
            assertThat(claims.get("account_id").getStringValue()).as(token).isEqualTo("demo-enterprise");
            assertThat(claims.get("partner_id")).as(token).isNull();
        }
        JsonNode access = details.get("accessTokenGeneration");
        assertThat(access.get("scopesToAdd").size()).isZero();
        assertThat(access.get("scopesToSuppress").get(0).getStringValue()).isEqualTo("desk/admin");
        assertThat(access.get("scopesToSuppress").get(1).getStringValue()).isEqualTo("desk/support");
        assertThat(answer.get("userName").getStringValue()).as("the event goes back whole").isEqualTo("5f1c7a52-3e0d-4f7b-9c1e-2d6b8a4e9f10");
    }

    @Test
    void an_agent_of_the_agents_group_gets_the_support_scope_in_the_access_token() throws IOException {
        CognitoUserPoolPreTokenGenerationEventV2 event = sample();
        event.getRequest().setUserAttributes(Map.of("sub", "agent-lucia", "custom:role", "agent"));
        event.getRequest().getGroupConfiguration().setGroupsToOverride(new String[] {"desk-agents"});

        JsonNode access = json.writeValueToTree(handler.execute(event))
                .get("response").get("claimsAndScopeOverrideDetails").get("accessTokenGeneration");

        assertThat(access.get("claimsToAddOrOverride").get("role").getStringValue()).isEqualTo("agent");
        assertThat(access.get("scopesToAdd").get(0).getStringValue()).isEqualTo("desk/support");
    }

    @Test
    void a_customer_without_an_account_fails_the_sign_in_saying_what_is_missing() throws IOException {
        CognitoUserPoolPreTokenGenerationEventV2 event = sample();
        Map<String, String> attributes = new HashMap<>(event.getRequest().getUserAttributes());
        attributes.remove("custom:account_id");
        event.getRequest().setUserAttributes(attributes);

        assertThatThrownBy(() -> handler.execute(event))
                .isInstanceOf(TokenClaimsHandler.NotADeskUserException.class)
                .hasMessageContaining("custom:account_id is not set")
                .hasMessageContaining("A customer needs custom:account_id");
        assertThat(event.getResponse().getClaimsAndScopeOverrideDetails()).as("no claims added").isNull();
    }

    private CognitoUserPoolPreTokenGenerationEventV2 sample() throws IOException {
        return json.readValue(Files.readAllBytes(SAMPLE), Argument.of(CognitoUserPoolPreTokenGenerationEventV2.class));
    }
}
