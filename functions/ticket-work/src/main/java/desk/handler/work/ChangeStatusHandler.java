package desk.handler.work;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.ChangeTicketStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * {@code POST /tickets/{id}/status}: an agent moves the ticket to another status, as the
 * transition table allows. Agents only.
 */
public class ChangeStatusHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    WorkAnswers answers;
    @Inject
    ChangeTicketStatus changeStatus;

    public ChangeStatusHandler() {}

    public ChangeStatusHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> answers.of(changeStatus.change(request.principal(), request.pathParameter("id"),
                request.jsonObject(), request.receivedAt(), request.idempotencyKey())));
    }
}
