package desk.handler.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.ManageAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** {@code GET /accounts/{id}}: one account; vendor staff only. */
public class GetAccountHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    AdminResponses responses;
    @Inject
    ManageAccounts accounts;

    public GetAccountHandler() {}

    public GetAccountHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String id = request.pathParameter("id");
            return responses.answer(accounts.get(request.principal(), id), "Account", "/accounts/" + id, AccountView::of);
        });
    }
}
