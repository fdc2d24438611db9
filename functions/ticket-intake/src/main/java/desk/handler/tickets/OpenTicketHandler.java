package desk.handler.tickets;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.ApiRequest;
import desk.api.HttpApi;
import desk.usecase.IdempotencyKey;
import desk.usecase.OpenTicket;
import desk.validation.FieldProblem;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
            var outcome = openTicket.open(request.principal(), request.jsonObject(), request.receivedAt(), idempotencyKey(request));
            return switch (outcome) {
                case OpenTicket.Outcome.Created(var ticket) -> created(ticket, false);
                case OpenTicket.Outcome.Replayed(var ticket) -> created(ticket, true);
                case OpenTicket.Outcome.Refused(var problems) -> throw ApiProblem.validation(problems);
                case OpenTicket.Outcome.AccountNotFound(var accountId) -> throw ApiProblem.notFound("Account " + accountId);
                case OpenTicket.Outcome.UnknownPartner(var partnerId) ->
                        throw ApiProblem.forbidden("The token names partner " + partnerId + ", which is not registered.");
                case OpenTicket.Outcome.KeyReusedWithOtherRequest(var key) -> throw new ApiProblem(409, "idempotency_key_reused",
                        "Idempotency-Key " + key + " was already used with a different request body.");
            };
        });
    }

    private APIGatewayV2HTTPResponse created(desk.ticket.Ticket ticket, boolean replayed) {
        return api.json(201, TicketView.of(ticket), Map.of(
                "Location", "/tickets/" + ticket.id(),
                "Idempotent-Replayed", Boolean.toString(replayed)));
    }

    /** Printable ASCII up to 255 characters, as the IETF idempotency-key draft and common APIs allow. */
    private static Optional<IdempotencyKey> idempotencyKey(ApiRequest request) {
        return request.header("Idempotency-Key").map(key -> {
            if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
                throw ApiProblem.validation(List.of(FieldProblem.of("Idempotency-Key",
                        "must be 1 to 255 printable ASCII characters without spaces")));
            }
            return new IdempotencyKey(key, sha256(request.rawBody()));
        });
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
