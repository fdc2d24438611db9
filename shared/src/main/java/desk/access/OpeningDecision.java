package desk.access;

import desk.validation.FieldProblem;
import java.util.List;

/** Whether a caller may open a ticket of some kind for an account, and if not, how to say so. */
public sealed interface OpeningDecision {
    record Allowed() implements OpeningDecision {}

    /** The account is not the caller's to act for: answered as if it did not exist (404). */
    record AccountHidden() implements OpeningDecision {}

    /** The caller acts for the account, but not with this request (422, naming the fields). */
    record Refused(List<FieldProblem> problems) implements OpeningDecision {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
