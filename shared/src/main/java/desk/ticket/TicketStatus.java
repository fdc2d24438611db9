package desk.ticket;

import java.util.Arrays;
import java.util.List;

/** Where a ticket is in its life. Intake creates NEW; the lifecycle issue adds the rest. */
public enum TicketStatus {
    NEW(true);

    private final boolean queued;

    TicketStatus(boolean queued) {
        this.queued = queued;
    }

    /** Whether a support ticket in this status waits in the agents' queue (it is not yet solved). */
    public boolean isQueued() {
        return queued;
    }

    /** The statuses of the queue, each a partition of it. */
    public static List<TicketStatus> queued() {
        return Arrays.stream(values()).filter(TicketStatus::isQueued).toList();
    }
}
