package desk.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a ticket stands against its first-response promise. Only {@link Awaiting} tickets are
 * watched by the sweep; the others are settled or never breach. The earliest qualifying response
 * is the one kept: a later-arriving earlier response replaces it, a later one changes nothing.
 */
public sealed interface SlaState {

    /** A contractual target with no first response yet; {@code next} is the sweep's next checkpoint. */
    record Awaiting(Checkpoint next) implements SlaState {
        public Awaiting {
            Objects.requireNonNull(next, "next");
        }
    }

    /** Answered at or before {@code dueAt}. */
    record Met(FirstResponse response) implements SlaState {
        public Met {
            Objects.requireNonNull(response, "response");
        }
    }

    /** {@code dueAt} passed without a response (the sweep's mark) or the response came after it. */
    record Breached(Optional<FirstResponse> response) implements SlaState {
        public Breached {
            Objects.requireNonNull(response, "response");
        }
    }

    /**
     * Tracked and reported, never a breach: no contractual target (an indirect account opening
     * directly) or Customer Success's target for account requests.
     */
    record Tracked(Optional<FirstResponse> response) implements SlaState {
        public Tracked {
            Objects.requireNonNull(response, "response");
        }
    }

    /**
     * The next instant the sweep must act on an awaiting ticket: at risk from the at-risk point,
     * then breached from the first millisecond after {@code dueAt} (a reply at {@code dueAt} is in time).
     */
    record Checkpoint(Kind kind, Instant at) {
        public enum Kind { AT_RISK, DUE }

        public Checkpoint {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(at, "at");
        }

        public static Checkpoint atRisk(Instant atRiskAt) {
            return new Checkpoint(Kind.AT_RISK, atRiskAt);
        }

        /** Breached once {@code dueAt} has passed: receipt times are whole milliseconds. */
        public static Checkpoint due(Instant dueAt) {
            return new Checkpoint(Kind.DUE, dueAt.plusMillis(1));
        }

        public boolean hasPassedAt(Instant now) {
            return !now.isBefore(at);
        }
    }

    /** What a new ticket starts with: watched by the sweep only under a contractual target. */
    static SlaState initial(ResponseTarget target, Optional<FirstResponseDeadline> deadline) {
        return switch (target) {
            case ResponseTarget.Contractual c -> {
                FirstResponseDeadline due = deadline.orElseThrow(
                        () -> new IllegalArgumentException("a contractual target always has a deadline"));
                yield new Awaiting(due.atRiskAt()
                        .filter(atRisk -> atRisk.isBefore(due.dueAt()))
                        .map(Checkpoint::atRisk)
                        .orElseGet(() -> Checkpoint.due(due.dueAt())));
            }
            case ResponseTarget.CustomerSuccess c -> new Tracked(Optional.empty());
            case ResponseTarget.NoContractualTarget n -> new Tracked(Optional.empty());
        };
    }

    /** The response kept so far, if any. */
    default Optional<FirstResponse> firstResponse() {
        return switch (this) {
            case Awaiting a -> Optional.empty();
            case Met(FirstResponse response) -> Optional.of(response);
            case Breached(Optional<FirstResponse> response) -> response;
            case Tracked(Optional<FirstResponse> response) -> response;
        };
    }

    /**
     * The state after a qualifying response: met when at or before {@code dueAt}, breached
     * otherwise (also after the sweep's mark), tracked when nothing was promised. A response no
     * earlier than the one kept leaves the state as it is.
     */
    default SlaState withResponse(FirstResponse response, Optional<Instant> dueAt) {
        Optional<FirstResponse> kept = firstResponse();
        if (kept.isPresent() && !response.isEarlierThan(kept.get())) {
            return this;
        }
        return switch (this) {
            case Tracked t -> new Tracked(Optional.of(response));
            case Awaiting a -> settled(response, dueAt);
            case Met m -> settled(response, dueAt);
            case Breached b -> settled(response, dueAt);
        };
    }

    private static SlaState settled(FirstResponse response, Optional<Instant> dueAt) {
        Instant due = dueAt.orElseThrow(() -> new IllegalStateException("a contractual target always has a due time"));
        return response.at().isAfter(due) ? new Breached(Optional.of(response)) : new Met(response);
    }

    /** The code stored and shown: AWAITING, MET, BREACHED or TRACKED. */
    default String code() {
        return switch (this) {
            case Awaiting a -> "AWAITING";
            case Met m -> "MET";
            case Breached b -> "BREACHED";
            case Tracked t -> "TRACKED";
        };
    }
}
