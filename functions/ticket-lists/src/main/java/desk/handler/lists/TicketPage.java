package desk.handler.lists;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.identity.Principal;
import desk.usecase.ListOutcome;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A page of a list: its entries and, when more may follow, the cursor to send back for the next
 * page. A page may hold fewer entries than the limit and still have a next one; the list ends
 * when {@code nextCursor} is absent.
 */
@Serdeable
public record TicketPage(List<TicketSummaryView> tickets, String nextCursor) {
    /** Every list's answer: 200 with the page as {@code viewer} sees it, or the error the outcome names. */
    static APIGatewayV2HTTPResponse answer(HttpApi api, ListOutcome outcome, Principal viewer) {
        return switch (outcome) {
            case ListOutcome.Listed(var page, var cursor) -> api.json(200, new TicketPage(
                    page.entries().stream().map(entry -> TicketSummaryView.of(entry.ticket(), viewer)).toList(),
                    cursor.orElse(null)));
            case ListOutcome.Refused(var problems) -> throw ApiProblem.validation(problems);
            case ListOutcome.Forbidden(var reason) -> throw ApiProblem.forbidden(reason);
            case ListOutcome.AccountNotFound(var accountId) -> throw ApiProblem.notFound("Account " + accountId);
        };
    }
}
