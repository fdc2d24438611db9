package desk.ticket;

import desk.validation.FormReader;
import desk.validation.Validated;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the forms of support's work on a ticket, naming every bad field and refusing unknown ones:
 * {@code {"assignee": subject | null}}, {@code {"status": ...}} and
 * {@code {"kind": ..., "severity": ...}} and {@code {"minutes": ..., "note": ...}}. Who may send them is {@link desk.access.TicketParty#mayWork}.
 */
public final class WorkForm {
    /** Subjects are the identity provider's: Cognito's are UUIDs, others' rarely longer than this. */
    static final int SUBJECT_MAX = 256;

    private WorkForm() {}

    /** The agent to assign, by subject; empty (JSON null) to unassign. The field must be there. */
    public record Assignment(Optional<String> assignee) {}

    public record Classification(TicketKind kind, Optional<Severity> severity) {}

    /** Time an agent spent on a ticket and what it went on. */
    public record WorkDone(Duration time, String note) {}

    /** One log is one sitting: more than a day of it is a typo. */
    public static final long MAX_LOG_MINUTES = 1440;
    public static final int MAX_NOTE_LENGTH = 2_000;

    public static Validated<Assignment> assignment(Map<String, Object> body) {
        FormReader form = new FormReader(body);
        form.refuseFieldsOtherThan("assignee");
        Optional<String> assignee = Optional.empty();
        if (!body.containsKey("assignee")) {
            form.problem("assignee", "is required: an agent's subject, or null to unassign");
        } else if (body.get("assignee") != null) {
            assignee = form.text("assignee", SUBJECT_MAX);
            if (assignee.isEmpty() && form.problems().isEmpty()) {
                form.problem("assignee", "must be an agent's subject, or null to unassign");
            }
        }
        return form.problems().isEmpty() ? Validated.valid(new Assignment(assignee)) : Validated.invalid(form.problems());
    }

    /**
     * {@code minutes}: a positive number up to a day that is a whole number of seconds (25, 7.5,
     * 0.25); the bank rounds a ticket's total down to the whole minute, never each log.
     * {@code note}: what the time went on, required.
     */
    public static Validated<WorkDone> workLog(Map<String, Object> body) {
        FormReader form = new FormReader(body);
        form.refuseFieldsOtherThan("minutes", "note");
        Duration time = form.positiveNumber("minutes", MAX_LOG_MINUTES, "minutes", "25 or 7.5").map(minutes -> {
            BigDecimal seconds = minutes.multiply(BigDecimal.valueOf(60));
            if (seconds.stripTrailingZeros().scale() > 0) {
                form.problem("minutes", "must be a whole number of seconds (" + minutes.toPlainString() + " minutes is "
                        + seconds.stripTrailingZeros().toPlainString() + " seconds)");
                return null;
            }
            return Duration.ofSeconds(seconds.longValueExact());
        }).orElse(null);
        String note = form.requiredText("note", MAX_NOTE_LENGTH);
        return form.problems().isEmpty() ? Validated.valid(new WorkDone(time, note)) : Validated.invalid(form.problems());
    }

    public static Validated<TicketStatus> status(Map<String, Object> body) {
        FormReader form = new FormReader(body);
        form.refuseFieldsOtherThan("status");
        TicketStatus status = form.requiredEnum("status", TicketStatus.class);
        return form.problems().isEmpty() ? Validated.valid(status) : Validated.invalid(form.problems());
    }

    /**
     * A kind and, for an incident, its severity. Whether this ticket may take it (account requests
     * are never reclassified) is the ticket's to say.
     */
    public static Validated<Classification> classification(Map<String, Object> body) {
        FormReader form = new FormReader(body);
        form.refuseFieldsOtherThan("kind", "severity");
        TicketKind kind = form.requiredEnum("kind", TicketKind.class);
        Optional<Severity> severity = form.enumValue("severity", Severity.class);
        if (kind == TicketKind.INCIDENT && severity.isEmpty() && !form.has("severity")) {
            form.problem("severity", "is required for an incident; one of CRITICAL, MAJOR, MINOR");
        }
        if (kind != null && kind != TicketKind.INCIDENT && form.has("severity")) {
            form.problem("severity", "applies only to incidents");
        }
        List<desk.validation.FieldProblem> problems = form.problems();
        return problems.isEmpty() ? Validated.valid(new Classification(kind, severity)) : Validated.invalid(problems);
    }
}
