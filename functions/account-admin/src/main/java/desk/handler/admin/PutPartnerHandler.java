package desk.handler.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.ManagePartners;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** {@code PUT /partners/{id}}: creates (201) or replaces (200) a partner; admins only. */
public class PutPartnerHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    AdminResponses responses;
    @Inject
    ManagePartners partners;

    public PutPartnerHandler() {}

    public PutPartnerHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String id = request.pathParameter("id");
            return responses.answer(partners.put(request.principal(), id, request.jsonObject()),
                    "Partner", "/partners/" + id, PartnerView::of);
        });
    }
}
