package desk.usecase;

import desk.store.Saved;
import desk.validation.FieldProblem;
import java.util.List;

/** What an admin request on accounts or partners came to. */
public sealed interface AdminOutcome<T> {
    record Stored<T>(Saved saved, T value) implements AdminOutcome<T> {}

    record Found<T>(T value) implements AdminOutcome<T> {}

    record Refused<T>(List<FieldProblem> problems) implements AdminOutcome<T> {}

    record NotFound<T>(String id) implements AdminOutcome<T> {}

    /** The caller is authenticated but not staff allowed to do this. */
    record Forbidden<T>(String reason) implements AdminOutcome<T> {}
}
