package desk.store.dynamo;

import desk.bank.BankEvent;
import desk.bank.BankHolder;
import desk.bank.ContractYear;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.bank.TicketCharge;
import desk.ticket.OwedReason;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps hour banks to their items and back. A bank's collection, {@code pk=BANK#<holder key>#<year>},
 * holds the bank ({@code sk=BANK}), its ledger ({@code sk=ENTRY#<sequence, 10 digits>}) and its
 * announcements ({@code sk=EVENT#<entry sequence, 10 digits>-<n>}, outbox items the relay publishes);
 * a ticket's charge is {@code pk=TICKET#<id>, sk=CHARGE}. docs/access-patterns.md lists the conditions.
 */
final class BankItems {
    static final String ENTRY_PREFIX = "ENTRY#";
    private static final String VERSION = "version";

    private BankItems() {}

    static Map<String, AttributeValue> bankKey(BankHolder holder, long contractYear) {
        return TableKeys.key(TableKeys.bankPk(holder.key(), contractYear), "BANK");
    }

    static String entrySk(long sequence) {
        return ENTRY_PREFIX + "%010d".formatted(sequence);
    }

    static Map<String, AttributeValue> toItem(HourBank bank) {
        return Item.builder()
                .with(bankKey(bank.holder(), bank.year().number()))
                .s("entity", "BANK")
                .s("holderKind", bank.holder().kind())
                .s("holderId", bank.holder().id())
                .n("contractYear", bank.year().number())
                .instant("yearStart", bank.year().start())
                .instant("yearEnd", bank.year().end())
                .n("allowanceMinutes", bank.allowanceMinutes())
                .n("usedMinutes", bank.usedMinutes())
                .bool("lowAnnounced", bank.lowAnnounced())
                .bool("exhaustedAnnounced", bank.exhaustedAnnounced())
                .n(VERSION, bank.version())
                .build();
    }

    static HourBank bank(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new HourBank(BankHolder.of(item.s("holderKind"), item.s("holderId")),
                new ContractYear(item.n("contractYear"), item.instant("yearStart"), item.instant("yearEnd")),
                item.n("allowanceMinutes"), item.n("usedMinutes"), item.bool("lowAnnounced"),
                item.bool("exhaustedAnnounced"), item.n(VERSION));
    }

    static Map<String, AttributeValue> toItem(HourBank bank, LedgerEntry entry) {
        return Item.builder()
                .with(TableKeys.key(TableKeys.bankPk(bank.holder().key(), bank.year().number()), entrySk(entry.sequence())))
                .s("entity", "LEDGER_ENTRY")
                .n("sequence", entry.sequence())
                .s("ticketId", entry.ticketId())
                .s("kind", entry.kind().name())
                .n("minutes", entry.minutes())
                .s("reason", entry.reason().name())
                .n("balanceAfter", entry.balanceAfter())
                .n("overageMinutes", entry.overageMinutes())
                .instant("at", entry.at())
                .build();
    }

    static LedgerEntry entry(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new LedgerEntry(item.n("sequence"), item.s("ticketId"), LedgerEntry.Kind.valueOf(item.s("kind")),
                item.n("minutes"), OwedReason.valueOf(item.s("reason")), item.n("balanceAfter"),
                item.n("overageMinutes"), item.instant("at"));
    }

    /** {@code bank:<holder key>:<year>/<entry sequence>/<n>}: the same settlement always has the same id. */
    static String eventId(BankEvent event, long entrySequence, int n) {
        return "bank:" + event.holder().key() + ":" + event.contractYear() + "/" + entrySequence + "/" + n;
    }

    /** The {@code n}-th announcement (from 1) of entry {@code entrySequence}, in the outbox's format. */
    static Map<String, AttributeValue> toItem(BankEvent event, long entrySequence, int n, Duration retention) {
        String eventId = eventId(event, entrySequence, n);
        Instant occurredAt = event.at();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("eventId", eventId);
        detail.put("sequence", entrySequence);
        detail.put("occurredAt", occurredAt.toString());
        detail.putAll(event.fields());
        return Item.builder()
                .with(TableKeys.key(TableKeys.bankPk(event.holder().key(), event.contractYear()),
                        AnnouncementItems.PREFIX + "%010d-%d".formatted(entrySequence, n)))
                .s("entity", "ANNOUNCEMENT")
                .s("eventId", eventId)
                .s("source", BankEvent.SOURCE)
                .s("detailType", event.detailType())
                .s("holder", event.holder().key())
                .n("contractYear", event.contractYear())
                .n("sequence", entrySequence)
                .instant("occurredAt", occurredAt)
                .s("audience", event.audience().name())
                .value("detail", Item.of(detail))
                .n("expiresAt", occurredAt.plus(retention).getEpochSecond())
                .build();
    }

    static Map<String, AttributeValue> toItem(TicketCharge charge, long version) {
        return Item.builder()
                .with(TableKeys.ticketCharge(charge.ticketId()))
                .s("entity", "TICKET_CHARGE")
                .s("ticketId", charge.ticketId())
                .s("holderKind", charge.holder().kind())
                .s("holderId", charge.holder().id())
                .n("chargedMinutes", charge.chargedMinutes())
                .n("settledThrough", charge.settledThrough())
                .n("contractYear", charge.contractYear())
                .n(VERSION, version)
                .build();
    }

    static TicketCharge charge(Map<String, AttributeValue> attributes) {
        Item.Reader item = Item.reader(attributes);
        return new TicketCharge(item.s("ticketId"), BankHolder.of(item.s("holderKind"), item.s("holderId")),
                item.n("chargedMinutes"), item.n("settledThrough"), item.n("contractYear"), item.n(VERSION));
    }
}
