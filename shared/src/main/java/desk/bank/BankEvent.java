package desk.bank;

import desk.ticket.TicketEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a bank announces (policy, "Announcements"): hours charged, hours refunded, bank low and
 * bank exhausted, the last two once per contract year. Each names its bank by holder and year, its
 * EventBridge {@code detail-type} and its detail fields, as {@link TicketEvent} does; docs/events.md
 * is written from this file.
 */
public sealed interface BankEvent {
    /** The source bank announcements are published under. */
    String SOURCE = "desk.banks";

    BankHolder holder();

    long contractYear();

    Instant at();

    /** The EventBridge {@code detail-type}. */
    default String detailType() {
        return switch (this) {
            case HoursCharged c -> "Hours Charged";
            case HoursRefunded r -> "Hours Refunded";
            case BankLow l -> "Bank Low";
            case BankExhausted e -> "Bank Exhausted";
        };
    }

    /**
     * Who may read it: those who may read the bank (its holder's users, agents, admins), except
     * "Bank Exhausted", the success manager's cue to offer an upgrade, which is for staff.
     */
    default TicketEvent.Audience audience() {
        return switch (this) {
            case HoursCharged c -> TicketEvent.Audience.EVERYONE;
            case HoursRefunded r -> TicketEvent.Audience.EVERYONE;
            case BankLow l -> TicketEvent.Audience.EVERYONE;
            case BankExhausted e -> TicketEvent.Audience.STAFF;
        };
    }

    /** The detail fields: the bank (holder key, kind and id, contract year), then the type's own figures. */
    default Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("holder", holder().key());
        fields.put("holderKind", holder().kind());
        fields.put("holderId", holder().id());
        fields.put("contractYear", contractYear());
        switch (this) {
            case HoursCharged(BankHolder h, long y, LedgerEntry entry) -> entryFields(entry, fields);
            case HoursRefunded(BankHolder h, long y, LedgerEntry entry) -> entryFields(entry, fields);
            case BankLow low -> {
                fields.put("balanceMinutes", low.balanceMinutes());
                fields.put("allowanceMinutes", low.allowanceMinutes());
            }
            case BankExhausted exhausted -> fields.put("overageMinutes", exhausted.overageMinutes());
        }
        return fields;
    }

    private static void entryFields(LedgerEntry entry, Map<String, Object> fields) {
        fields.put("entrySequence", entry.sequence());
        fields.put("ticketId", entry.ticketId());
        fields.put("minutes", entry.minutes());
        fields.put("reason", entry.reason().name());
        fields.put("balanceAfter", entry.balanceAfter());
        fields.put("overageMinutes", entry.overageMinutes());
    }

    record HoursCharged(BankHolder holder, long contractYear, LedgerEntry entry) implements BankEvent {
        public HoursCharged {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public Instant at() {
            return entry.at();
        }
    }

    record HoursRefunded(BankHolder holder, long contractYear, LedgerEntry entry) implements BankEvent {
        public HoursRefunded {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(entry, "entry");
        }

        @Override
        public Instant at() {
            return entry.at();
        }
    }

    /** The balance fell under the low threshold for the first time this contract year. */
    record BankLow(BankHolder holder, long contractYear, long balanceMinutes, long allowanceMinutes, Instant at)
            implements BankEvent {
        public BankLow {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Nothing of the allowance is left for the first time this contract year; support goes on as overage. */
    record BankExhausted(BankHolder holder, long contractYear, long overageMinutes, Instant at) implements BankEvent {
        public BankExhausted {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(at, "at");
        }
    }
}
