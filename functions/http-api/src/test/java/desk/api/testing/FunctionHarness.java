package desk.api.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.devkit.FunctionContexts;
import desk.devkit.FunctionProperties;
import desk.devkit.LocalDesk;
import desk.identity.Principal;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One API function's world in a test: the application context the template's environment
 * gives it (on DynamoDB Local), the sample events of {@code events/}, and JSON answers read back.
 */
public final class FunctionHarness implements AutoCloseable {
    private final ApplicationContext context;
    private final JsonMapper json;
    private final Path events;

    private FunctionHarness(ApplicationContext context, Path events) {
        this.context = context;
        this.json = context.getBean(JsonMapper.class);
        this.events = events;
    }

    /** The context of the template's function {@code logicalId}, as Lambda (and the local runtime) starts it. */
    public static FunctionHarness of(LocalDesk desk, String logicalId) {
        ApplicationContext context = FunctionContexts.start(desk.template(), desk.template().function(logicalId),
                FunctionProperties.localProperties(desk.endpoint()), FunctionProperties.LOCAL_LOG_STREAM);
        return new FunctionHarness(context, desk.template().file().toAbsolutePath().getParent().resolve("events"));
    }

    public ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A file of {@code events/}, as API Gateway would deliver it. */
    public APIGatewayV2HTTPEvent event(String fileName) {
        try {
            return json.readValue(Files.readAllBytes(events.resolve(fileName)), Argument.of(APIGatewayV2HTTPEvent.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of {@code events/} as {@code caller} sends it: the claims API Gateway's JWT authorizer would pass on. */
    public APIGatewayV2HTTPEvent event(String fileName, Principal caller) {
        APIGatewayV2HTTPEvent event = event(fileName);
        Map<String, String> claims = new HashMap<>(Map.of("sub", caller.subject(), "role", caller.role()));
        switch (caller) {
            case Principal.CustomerUser customer -> claims.put("account_id", customer.accountId());
            case Principal.PartnerUser partner -> claims.put("partner_id", partner.partnerId());
            case Principal.SupportAgent agent -> { }
            case Principal.Admin admin -> { }
        }
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        return event;
    }

    public Map<String, Object> body(APIGatewayV2HTTPResponse response) {
        try {
            return json.readValue(response.getBody(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
