package desk.ticket;

import desk.identity.Principal;
import desk.sla.FirstResponseDeadline;
import desk.sla.ResponseTarget;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** A support ticket as intake accepted it: what was asked, by whom, and what response it is owed by when. */
public record Ticket(
        String id,
        String accountId,
        Principal openedBy,
        Channel channel,
        TicketKind kind,
        Optional<Severity> severity,
        Category category,
        String subject,
        String description,
        ReplicationDetails replication,
        boolean needsDetails,
        IntegrationSupport integrationSupport,
        ResponseRecipient respondTo,
        TicketStatus status,
        Instant receivedAt,
        ResponseTarget target,
        Optional<FirstResponseDeadline> deadline) {

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(integrationSupport, "integrationSupport");
        Objects.requireNonNull(respondTo, "respondTo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(deadline, "deadline");
        if ((kind == TicketKind.INCIDENT) != severity.isPresent()) {
            throw new IllegalArgumentException("exactly incidents carry a severity");
        }
    }

    public boolean isOutOfSupportScope() {
        return category.isOutOfSupportScope();
    }

    /**
     * Position in the support queue: critical, major, minor incidents, then questions (each
     * oldest first by receipt). Account requests go to Customer Success, not the queue.
     */
    public OptionalInt queueRank() {
        return switch (kind) {
            case INCIDENT -> OptionalInt.of(severity.orElseThrow().ordinal() + 1);
            case QUESTION -> OptionalInt.of(Severity.values().length + 1);
            case ACCOUNT_REQUEST -> OptionalInt.empty();
        };
    }
}
