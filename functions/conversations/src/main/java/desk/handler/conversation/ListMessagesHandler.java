package desk.handler.conversation;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.api.LocalTimes;
import desk.usecase.ReadTicket;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Inject;
import java.util.List;

/** {@code GET /tickets/{id}/messages}: the conversation oldest first; internal notes for support only. */
public class ListMessagesHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    ReadTicket readTicket;

    @Serdeable
    public record Conversation(String ticketId, List<MessageView> messages) {}

    public ListMessagesHandler() {}

    public ListMessagesHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String id = request.pathParameter("id");
            return readTicket.conversation(request.principal(), id)
                    .map(found -> new Conversation(id, found.messages().stream()
                            .map(message -> MessageView.of(message, LocalTimes.zoneOf(found.ticket().ticket()), request.principal())).toList()))
                    .map(conversation -> api.json(200, conversation))
                    .orElseThrow(() -> ApiProblem.notFound("Ticket " + id));
        });
    }
}
