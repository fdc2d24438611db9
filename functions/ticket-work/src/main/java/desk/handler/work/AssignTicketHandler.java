package desk.handler.work;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.AssignTicket;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * {@code POST /tickets/{id}/assignment}: an agent assigns the ticket to an agent (by subject) or to
 * no one ({@code null}); assigning a new ticket opens it. Agents only.
 */
public class AssignTicketHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    WorkAnswers answers;
    @Inject
    AssignTicket assignTicket;

    public AssignTicketHandler() {}

    public AssignTicketHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> answers.of(assignTicket.assign(request.principal(), request.pathParameter("id"),
                request.jsonObject(), request.receivedAt(), request.idempotencyKey())));
    }
}
