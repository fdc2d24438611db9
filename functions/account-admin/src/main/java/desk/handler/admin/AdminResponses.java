package desk.handler.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.api.ApiProblem;
import desk.api.HttpApi;
import desk.store.Saved;
import desk.usecase.AdminOutcome;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Function;

/** Answers an admin outcome: 201 created (with Location), 200 replaced or found, else the refusal. */
@Singleton
class AdminResponses {
    private final HttpApi api;

    AdminResponses(HttpApi api) {
        this.api = api;
    }

    <T> APIGatewayV2HTTPResponse answer(AdminOutcome<T> outcome, String what, String location, Function<T, Object> view) {
        return switch (outcome) {
            case AdminOutcome.Stored<T>(Saved saved, T value) -> saved == Saved.CREATED
                    ? api.json(201, view.apply(value), Map.of("Location", location))
                    : api.json(200, view.apply(value));
            case AdminOutcome.Found<T>(T value) -> api.json(200, view.apply(value));
            case AdminOutcome.Refused<T>(var problems) -> throw ApiProblem.validation(problems);
            case AdminOutcome.NotFound<T>(var id) -> throw ApiProblem.notFound(what + " " + id);
            case AdminOutcome.Forbidden<T>(var reason) -> throw ApiProblem.forbidden(reason);
        };
    }
}
