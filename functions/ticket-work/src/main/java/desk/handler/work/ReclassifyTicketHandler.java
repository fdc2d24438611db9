package desk.handler.work;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.ReclassifyTicket;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * {@code POST /tickets/{id}/classification}: an agent reclassifies the ticket (question, or
 * incident with a severity). Agents only.
 */
public class ReclassifyTicketHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    WorkAnswers answers;
    @Inject
    ReclassifyTicket reclassifyTicket;

    public ReclassifyTicketHandler() {}

    public ReclassifyTicketHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> answers.of(reclassifyTicket.reclassify(request.principal(), request.pathParameter("id"),
                request.jsonObject(), request.receivedAt(), request.idempotencyKey())));
    }
}
