package desk.handler.banks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.usecase.ReadHourBank;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * {@code GET /banks/{holder}} ({@code account:<id>} or {@code partner:<id>}): one contract year of
 * the holder's hour bank with its ledger, newest first; {@code ?year=}, {@code ?limit=},
 * {@code ?cursor=}. The holder's own users and vendor staff; 404 for anyone else and for a holder
 * without a support contract.
 */
public class GetBankHandler extends MicronautRequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    @Inject
    HttpApi api;
    @Inject
    ReadHourBank readHourBank;

    public GetBankHandler() {}

    public GetBankHandler(ApplicationContext context) {
        super(context);
    }

    @Override
    public APIGatewayV2HTTPResponse execute(APIGatewayV2HTTPEvent event) {
        return api.respond(event, request -> switch (readHourBank.read(request.principal(), request.pathParameter("holder"),
                request.queryParameters(), request.receivedAt())) {
            case ReadHourBank.Outcome.Read(var bank, var contract, var page, var nextCursor) ->
                    api.json(200, BankView.of(bank, contract.zone(), page, nextCursor.orElse(null)));
            case ReadHourBank.Outcome.NotFound(var holder) -> throw ApiProblem.notFound("Bank " + holder);
            case ReadHourBank.Outcome.Refused(var problems) -> throw ApiProblem.validation(problems);
        });
    }
}
