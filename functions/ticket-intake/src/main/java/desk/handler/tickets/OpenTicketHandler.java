package desk.handler.tickets;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.usecase.OpenTicket;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import desk.telemetry.EmbeddedMetrics;
import desk.telemetry.LogContext;
import java.util.Optional;

/** {@code POST /tickets}: the web form's ticket intake. 201 with the ticket and its Location. */
public class OpenTicketHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    OpenTicket openTicket;

    public OpenTicketHandler() {}

    public OpenTicketHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> {
            var outcome = openTicket.open(request.principal(), request.jsonObject(), request.receivedAt(), request.idempotencyKey());
            return switch (outcome) {
                case OpenTicket.Outcome.Created(var ticket, var plan) -> {
                    LogContext.ticket(ticket.id());
                    EmbeddedMetrics.emit(Map.of("Channel", ticket.channel().name(), "Plan", plan.name()),
                            List.of(EmbeddedMetrics.Metric.count("TicketsReceived", 1)));
                    yield created(ticket, request.principal(), false);
                }
                case OpenTicket.Outcome.Replayed(var ticket) -> created(ticket, request.principal(), true);
                case OpenTicket.Outcome.Refused(var problems) -> throw ApiProblem.validation(problems);
                case OpenTicket.Outcome.AccountNotFound(var accountId) -> throw ApiProblem.notFound("Account " + accountId);
                case OpenTicket.Outcome.UnknownPartner(var partnerId) ->
                        throw ApiProblem.forbidden("The token names partner " + partnerId + ", which is not registered.");
                case OpenTicket.Outcome.Forbidden(var reason) -> throw ApiProblem.forbidden(reason);
                case OpenTicket.Outcome.KeyReusedWithOtherRequest(var key) -> throw new ApiProblem(409, "idempotency_key_reused",
                        "Idempotency-Key " + key + " was already used with a different request body.");
            };
        });
    }

    private APIGatewayV2HTTPResponse created(desk.ticket.Ticket ticket, desk.identity.Principal opener, boolean replayed) {
        return api.json(201, TicketView.of(ticket, opener, Optional.empty()), Map.of(
                "Location", "/tickets/" + ticket.id(),
                "Idempotent-Replayed", Boolean.toString(replayed)));
    }
}
