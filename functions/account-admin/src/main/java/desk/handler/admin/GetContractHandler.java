package desk.handler.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.bank.BankHolder;
import desk.usecase.ManageSupportContracts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * {@code GET /accounts/{id}/contract} and {@code GET /partners/{id}/contract} (the route key tells
 * which): the holder's support contract; vendor staff only. 404 when the holder has none.
 */
public class GetContractHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    AdminResponses responses;
    @Inject
    ManageSupportContracts contracts;

    public GetContractHandler() {}

    public GetContractHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String id = request.pathParameter("id");
            BankHolder holder = ContractView.holderOf(event.getRouteKey(), id);
            return responses.answer(contracts.get(request.principal(), holder),
                    "The support contract of " + ContractView.what(holder).toLowerCase(), ContractView.location(holder, id),
                    ContractView::of);
        });
    }
}
