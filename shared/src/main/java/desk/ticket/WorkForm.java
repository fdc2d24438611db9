package desk.ticket;

import desk.validation.FormReader;
import desk.validation.Validated;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the forms of support's work on a ticket, naming every bad field and refusing unknown ones:
 * {@code {"assignee": subject | null}}, {@code {"status": ...}} and
 * {@code {"kind": ..., "severity": ...}}. Who may send them is {@link desk.access.TicketParty#mayWork}.
 */
public final class WorkForm {
    /** Subjects are the identity provider's: Cognito's are UUIDs, others' rarely longer than this. */
    static final int SUBJECT_MAX = 256;

    private WorkForm() {}

    /** The agent to assign, by subject; empty (JSON null) to unassign. The field must be there. */
    public record Assignment(Optional<String> assignee) {}

    public record Classification(TicketKind kind, Optional<Severity> severity) {}

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
