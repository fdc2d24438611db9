package desk.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The JSON of every error: {@code {"error": code, "message": text, "fields": [{"field", "problem"}],
 * "retryable": bool}}. A refusal (4xx) is not retryable as sent; a 503 is, after {@code Retry-After}.
 */
@Serdeable
public record ErrorBody(String error, String message, List<Field> fields, boolean retryable) {

    @Serdeable
    public record Field(String field, String problem) {}

    static ErrorBody of(ApiProblem problem) {
        return new ErrorBody(problem.code(), problem.getMessage(),
                problem.fields().stream().map(f -> new Field(f.field(), f.problem())).toList(), false);
    }

    static ErrorBody retryLater(String code, String message) {
        return new ErrorBody(code, message, List.of(), true);
    }

    static ErrorBody doNotRetry(String code, String message) {
        return new ErrorBody(code, message, List.of(), false);
    }
}
