package desk.validation;

import java.util.List;

/** The outcome of reading a form: the value it describes, or every problem found in it. */
public sealed interface Validated<T> {
    record Valid<T>(T value) implements Validated<T> {}

    record Invalid<T>(List<FieldProblem> problems) implements Validated<T> {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid form has at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }

    static <T> Validated<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validated<T> invalid(List<FieldProblem> problems) {
        return new Invalid<>(problems);
    }
}
