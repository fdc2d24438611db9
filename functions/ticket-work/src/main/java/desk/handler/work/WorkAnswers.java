package desk.handler.work;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.api.StatusConflictBody;
import desk.usecase.WorkOutcome;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The answers of support's work on a ticket: 200 with the ticket as worked (a replay says so in
 * {@code Idempotent-Replayed}), 422 naming the fields, 409 for what the ticket's status does not
 * allow (its status and where it may go) or a reused key, 403 for callers who see the ticket but
 * do not work tickets, 404 for anyone else.
 */
@Singleton
class WorkAnswers {
    private final HttpApi api;

    WorkAnswers(HttpApi api) {
        this.api = api;
    }

    APIGatewayV2HTTPResponse of(WorkOutcome outcome) {
        return switch (outcome) {
            case WorkOutcome.Changed(var ticket) -> api.json(200, WorkedTicket.of(ticket), Map.of("Idempotent-Replayed", "false"));
            case WorkOutcome.Unchanged(var ticket) -> api.json(200, WorkedTicket.of(ticket), Map.of("Idempotent-Replayed", "false"));
            case WorkOutcome.Replayed(var ticket, var resourceId) -> api.json(200, WorkedTicket.of(ticket), Map.of("Idempotent-Replayed", "true"));
            case WorkOutcome.Refused(var problems) -> throw ApiProblem.validation(problems);
            case WorkOutcome.Conflict(var problem, var current, var allowed) -> api.json(409, StatusConflictBody.of(
                    problem.field(), problem.problem(), current.name(), allowed.stream().map(Enum::name).toList()));
            case WorkOutcome.NotAllowed(var reason) -> throw ApiProblem.forbidden(reason);
            case WorkOutcome.TicketNotFound(var id) -> throw ApiProblem.notFound("Ticket " + id);
            case WorkOutcome.KeyReusedWithOtherRequest(var key) -> throw new ApiProblem(409, "idempotency_key_reused",
                    "Idempotency-Key " + key + " was already used with a different request.");
        };
    }
}
