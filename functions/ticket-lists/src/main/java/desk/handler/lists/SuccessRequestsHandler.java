package desk.handler.lists;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.ReadSuccessRequests;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** {@code GET /success/requests}: the caller's own Customer Success list of account requests, newest first. */
public class SuccessRequestsHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    ReadSuccessRequests readSuccessRequests;

    public SuccessRequestsHandler() {}

    public SuccessRequestsHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request ->
                TicketPage.answer(api, readSuccessRequests.read(request.principal(), request.queryParameters()), request.principal()));
    }
}
