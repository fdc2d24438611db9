package desk.validation;

import java.util.Objects;

/** One thing wrong with one field of a submitted form, named as the caller named the field. */
public record FieldProblem(String field, String problem) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    public static FieldProblem of(String field, String problem) {
        return new FieldProblem(field, problem);
    }
}
