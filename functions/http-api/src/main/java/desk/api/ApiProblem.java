package desk.api;

import desk.validation.FieldProblem;
import java.util.List;

/**
 * A request the API refuses before or instead of any change: the HTTP status, a stable error
 * code, a sentence for people and the fields at fault. Thrown while reading a request and
 * answered by {@link HttpApi#respond}; nothing has been written when it is thrown.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String code;
    private final List<FieldProblem> fields;

    public ApiProblem(int status, String code, String message, List<FieldProblem> fields) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    public ApiProblem(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public static ApiProblem validation(List<FieldProblem> fields) {
        return new ApiProblem(422, "validation_failed", "The request has " + fields.size()
                + (fields.size() == 1 ? " invalid field." : " invalid fields."), fields);
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(404, "not_found", what + " was not found.");
    }

    public static ApiProblem forbidden(String reason) {
        return new ApiProblem(403, "forbidden", reason);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
