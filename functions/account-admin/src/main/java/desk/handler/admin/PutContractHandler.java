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
 * {@code PUT /accounts/{id}/contract} and {@code PUT /partners/{id}/contract} (the route key tells
 * which): creates (201) or replaces (200) the holder's support contract; admins only.
 */
public class PutContractHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    AdminResponses responses;
    @Inject
    ManageSupportContracts contracts;

    public PutContractHandler() {}

    public PutContractHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String id = request.pathParameter("id");
            BankHolder holder = ContractView.holderOf(event.getRouteKey(), id);
            return responses.answer(contracts.put(request.principal(), holder, request.jsonObject()),
                    ContractView.what(holder), ContractView.location(holder, id), ContractView::of);
        });
    }
}
