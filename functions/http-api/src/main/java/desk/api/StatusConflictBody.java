package desk.api;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The 409 of a request the ticket's status does not allow: {@link ErrorBody}'s fields, plus the
 * ticket's {@code status} and the statuses it may go to from there ({@code allowedStatuses}, empty
 * when it is final).
 */
@Serdeable
public record StatusConflictBody(String error, String message, List<ErrorBody.Field> fields, boolean retryable,
                                 String status, List<String> allowedStatuses) {

    /** {@code field} (usually {@code status}) and {@code problem} say what was refused. */
    public static StatusConflictBody of(String field, String problem, String status, List<String> allowedStatuses) {
        return new StatusConflictBody("status_conflict", "The ticket is " + status + ": " + problem + ".",
                List.of(new ErrorBody.Field(field, problem)), false, status, List.copyOf(allowedStatuses));
    }
}
