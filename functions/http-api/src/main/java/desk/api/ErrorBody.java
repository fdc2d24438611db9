package desk.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The JSON of every error: {@code {"error": code, "message": text, "fields": [{"field", "problem"}]}}. */
@Serdeable
public record ErrorBody(String error, String message, List<Field> fields) {

    @Serdeable
    public record Field(String field, String problem) {}

    static ErrorBody of(ApiProblem problem) {
        return new ErrorBody(problem.code(), problem.getMessage(),
                problem.fields().stream().map(f -> new Field(f.field(), f.problem())).toList());
    }
}
