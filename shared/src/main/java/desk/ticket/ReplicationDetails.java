package desk.ticket;

import java.util.Objects;
import java.util.Optional;

/** What support needs to reproduce a behaviour: the account affected, the steps taken, the result expected. */
public record ReplicationDetails(String affectedAccount, Optional<String> steps, Optional<String> expectedResult) {
    public ReplicationDetails {
        Objects.requireNonNull(affectedAccount, "affectedAccount");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(expectedResult, "expectedResult");
    }

    public boolean isComplete() {
        return steps.isPresent() && expectedResult.isPresent();
    }
}
