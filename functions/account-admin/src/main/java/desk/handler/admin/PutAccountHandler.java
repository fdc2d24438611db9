package desk.handler.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.ManageAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** {@code PUT /accounts/{id}}: creates (201) or replaces (200) a account; admins only. */
public class PutAccountHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    AdminResponses responses;
    @Inject
    ManageAccounts accounts;

    public PutAccountHandler() {}

    public PutAccountHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String id = request.pathParameter("id");
            return responses.answer(accounts.put(request.principal(), id, request.jsonObject()),
                    "Account", "/accounts/" + id, AccountView::of);
        });
    }
}
