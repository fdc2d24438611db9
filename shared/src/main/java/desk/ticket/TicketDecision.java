package desk.ticket;

import desk.validation.FieldProblem;
import java.util.List;
import java.util.Objects;

/**
 * What the domain makes of support's work on a ticket (assign, change status, reclassify): the
 * change (possibly none: asking for what already is), a refusal because of where the ticket stands
 * (a conflict with its status), or a refusal of the request itself.
 */
public sealed interface TicketDecision {

    /** Accepted; {@code change.changed()} is false when the ticket already was as asked (nothing to write or announce). */
    record Accepted(TicketChange change) implements TicketDecision {
        public Accepted {
            Objects.requireNonNull(change, "change");
        }
    }

    /** Not from this status: {@code problem} names the field, {@code allowed} the statuses it may go to (none when final). */
    record Conflict(FieldProblem problem, TicketStatus current, List<TicketStatus> allowed) implements TicketDecision {
        public Conflict {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(current, "current");
            allowed = List.copyOf(allowed);
        }

        /** The status is {@code current}; {@code why} says what was refused. */
        public static Conflict onStatus(TicketStatus current, String why) {
            return new Conflict(FieldProblem.of("status", why), current, List.copyOf(current.allowedNext()));
        }
    }

    /** The request itself is not acceptable, whatever the status (each field named). */
    record Invalid(List<FieldProblem> problems) implements TicketDecision {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid request has at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }
}
