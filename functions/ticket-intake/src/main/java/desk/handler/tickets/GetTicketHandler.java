package desk.handler.tickets;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.usecase.ReadTicket;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** {@code GET /tickets/{id}}: a ticket with its deadline's explanation, for a caller allowed to see it. */
public class GetTicketHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    ReadTicket readTicket;

    public GetTicketHandler() {}

    public GetTicketHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String id = request.pathParameter("id");
            return readTicket.read(request.principal(), id)
                    .map(found -> api.json(200, TicketView.of(found.ticket(), request.principal(),
                            readTicket.chargeSeenBy(request.principal(), found.ticket()))))
                    .orElseThrow(() -> ApiProblem.notFound("Ticket " + id));
        });
    }
}
