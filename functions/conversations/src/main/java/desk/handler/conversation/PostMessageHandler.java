package desk.handler.conversation;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.api.StatusConflictBody;
import desk.conversation.Message;
import desk.identity.Principal;
import desk.ticket.Ticket;
import desk.usecase.PostMessage;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import desk.telemetry.EmbeddedMetrics;

/**
 * {@code POST /tickets/{id}/messages}: a reply, note or automatic message; 201 with the message,
 * the ticket's status and stamp. On a closed ticket the requester's message opens a follow-up:
 * 201 with the message and the follow-up, whose Location it gives.
 */
public class PostMessageHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    PostMessage postMessage;

    public PostMessageHandler() {}

    public PostMessageHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            String ticketId = request.pathParameter("id");
            var outcome = postMessage.post(request.principal(), ticketId, request.jsonObject(), request.receivedAt(),
                    request.idempotencyKey());
            return switch (outcome) {
                case PostMessage.Outcome.Posted(var message, var ticket) -> {
                    countFirstResponse(message, ticket);
                    yield created(ticketId, message, ticket, request.principal(), false);
                }
                case PostMessage.Outcome.OpenedFollowUp(var message, var followUp) ->
                        created(ticketId, message, followUp, request.principal(), false);
                case PostMessage.Outcome.Replayed(var message, var ticket) -> created(ticketId, message, ticket, request.principal(), true);
                case PostMessage.Outcome.Conflict(var conflict) -> api.json(409, StatusConflictBody.of(conflict.problem().field(),
                        conflict.problem().problem(), conflict.current().name(),
                        conflict.allowed().stream().map(Enum::name).toList()));
                case PostMessage.Outcome.Refused(var problems) -> throw ApiProblem.validation(problems);
                case PostMessage.Outcome.NotAllowed(var problems) -> throw new ApiProblem(403, "forbidden",
                        "You may not post this kind of message on this ticket.", problems);
                case PostMessage.Outcome.TicketNotFound(var id) -> throw ApiProblem.notFound("Ticket " + id);
                case PostMessage.Outcome.KeyReusedWithOtherRequest(var key) -> throw new ApiProblem(409, "idempotency_key_reused",
                        "Idempotency-Key " + key + " was already used with a different request.");
            };
        });
    }

    /** Support's first response, by its outcome against the target: MET, BREACHED, or TRACKED without one. */
    private static void countFirstResponse(desk.conversation.Message message, desk.ticket.Ticket ticket) {
        if (ticket.sla().firstResponse().filter(stamp -> stamp.messageId().equals(message.id())).isPresent()) {
            EmbeddedMetrics.emit(Map.of("Outcome", ticket.sla().code()), List.of(EmbeddedMetrics.Metric.count("FirstResponses", 1)));
        }
    }

    /**
     * {@code ticket}: the one the message is on. When that is not the ticket posted to, the message
     * opened it as a follow-up, and the Location is the follow-up.
     */
    private APIGatewayV2HTTPResponse created(String postedTo, Message message, Ticket ticket, Principal poster, boolean replayed) {
        boolean followUp = !ticket.id().equals(postedTo);
        String location = followUp ? "/tickets/" + ticket.id() : "/tickets/" + ticket.id() + "/messages/" + message.id();
        return api.json(201, PostedMessage.of(message, ticket, followUp, poster), Map.of(
                "Location", location,
                "Idempotent-Replayed", Boolean.toString(replayed)));
    }
}
