package desk.handler.work;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.HttpApi;
import desk.usecase.LogWork;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * {@code POST /tickets/{id}/worklogs}: an agent logs time spent on a ticket. 201 with the log and
 * the ticket's totals (a replay under the same {@code Idempotency-Key} answers the same, saying so
 * in {@code Idempotent-Replayed}); refusals as for the rest of support's work. Agents only.
 */
public class LogWorkHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    WorkAnswers answers;
    @Inject
    LogWork logWork;

    public LogWorkHandler() {}

    public LogWorkHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> switch (logWork.log(request.principal(), request.pathParameter("id"),
                request.jsonObject(), request.receivedAt(), request.idempotencyKey())) {
            case LogWork.Outcome.Logged(var log, var ticket, var replayed) ->
                    api.json(201, LoggedWork.of(log, ticket), Map.of("Idempotent-Replayed", Boolean.toString(replayed)));
            case LogWork.Outcome.NotLogged(var outcome) -> answers.of(outcome);
        });
    }
}
