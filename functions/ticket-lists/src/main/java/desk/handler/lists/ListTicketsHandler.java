package desk.handler.lists;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.ListTickets;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** {@code GET /tickets}: the caller's own tickets (its account's, or its partner's clients'), newest first. */
public class ListTicketsHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    ListTickets listTickets;

    public ListTicketsHandler() {}

    public ListTicketsHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request ->
                TicketPage.answer(api, listTickets.list(request.principal(), request.queryParameters()), request.principal()));
    }
}
