package desk.handler.claims;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2.AccessTokenGeneration;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2.ClaimsAndScopeOverrideDetails;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2.IdTokenGeneration;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2.Response;
import desk.identity.Principal;
import desk.telemetry.LogContext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cognito's pre-token-generation trigger (event version V2_0, which reaches the access token):
 * puts the desk's claims and staff scopes ({@link TokenClaims}) into the access and ID tokens of
 * every sign-in and refresh. A user whose attributes describe no desk user gets no tokens: the
 * sign-in fails with {@link TokenClaims#whyNotADeskUser}, which Cognito shows, rather than
 * succeeding with tokens every route would refuse. One log line per sign-in, without the user.
 */
public class TokenClaimsHandler extends MicronautRequestHandler<CognitoUserPoolPreTokenGenerationEventV2, CognitoUserPoolPreTokenGenerationEventV2> {
    private static final Logger LOG = LoggerFactory.getLogger(TokenClaimsHandler.class);

    public TokenClaimsHandler() {}

    public TokenClaimsHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public CognitoUserPoolPreTokenGenerationEventV2 execute(CognitoUserPoolPreTokenGenerationEventV2 event) {
        try (LogContext context = LogContext.begin("Cognito " + event.getTriggerSource(), Optional.empty())) {
            Map<String, String> attributes = Optional.ofNullable(event.getRequest().getUserAttributes()).orElse(Map.of());
            Optional<Principal> principal = TokenClaims.principalOf(attributes);
            if (principal.isEmpty()) {
                LOG.atWarn().addKeyValue("outcome", "refused").log("Sign-in refused: the user's attributes describe no desk user");
                throw new NotADeskUserException(TokenClaims.whyNotADeskUser(attributes));
            }
            TokenClaims claims = TokenClaims.of(principal.get(), groupsOf(event));
            event.setResponse(new Response(new ClaimsAndScopeOverrideDetails(
                    new IdTokenGeneration(new LinkedHashMap<>(claims.claims()), new String[0]),
                    new AccessTokenGeneration(new LinkedHashMap<>(claims.claims()), new String[0],
                            claims.scopesToAdd().toArray(String[]::new), claims.scopesToDeny().toArray(String[]::new)),
                    null)));
            LOG.atInfo().addKeyValue("outcome", "claims").addKeyValue("role", principal.get().role())
                    .addKeyValue("scopesAdded", claims.scopesToAdd()).log("Desk claims added to the tokens");
            return event;
        }
    }

    private static List<String> groupsOf(CognitoUserPoolPreTokenGenerationEventV2 event) {
        var groups = event.getRequest().getGroupConfiguration();
        return groups == null || groups.getGroupsToOverride() == null ? List.of() : List.of(groups.getGroupsToOverride());
    }

    /** Fails the sign-in: Cognito shows the message ("PreTokenGeneration failed with error ..."). */
    static final class NotADeskUserException extends IllegalArgumentException {
        NotADeskUserException(String message) {
            super(message);
        }
    }
}
