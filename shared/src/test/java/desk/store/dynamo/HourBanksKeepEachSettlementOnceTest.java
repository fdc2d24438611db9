package desk.store.dynamo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.bank.BankHolder;
import desk.bank.HourBank;
import desk.bank.LedgerEntry;
import desk.bank.LowBalance;
import desk.bank.SupportContract;
import desk.bank.TicketCharge;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.ConcurrentUpdateException;
import desk.store.HourBanks;
import desk.store.HourBanks.BankWrite;
import desk.store.HourBanks.LedgerPage;
import desk.store.HourBanks.Settled;
import desk.ticket.OwedReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The bank's write model on DynamoDB Local (docs/access-patterns.md): a bank is written under the
 * version it was read at, each entry and announcement once, each ticket's charge under its own
 * version, all in one transaction; a stale or replayed write is refused whole, so nothing is
 * charged twice.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class HourBanksKeepEachSettlementOnceTest {
    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    private DynamoHourBanks banks;
    private LocalDesk desk;
    private BankHolder holder;
    private SupportContract contract;

    @BeforeEach
    void store(LocalDesk desk) {
        this.desk = desk;
        this.banks = new DynamoHourBanks(new DeskTable(desk.tableName("DeskTable"), desk.client()), new Outbox("P7D"));
        this.holder = new BankHolder.AccountHolder("bank-" + UUID.randomUUID());
        this.contract = SupportContract.of(holder, 1, LocalDate.parse("2026-03-01"), ZoneId.of("Europe/Madrid"));
    }

    @Test
    void a_first_write_stores_the_bank_its_entries_their_announcements_and_each_tickets_charge() {
        String ticket = ticket();
        BankWrite write = charge(HourBank.open(contract, AT), 0, List.of(ticket), 15);

        banks.write(write);

        assertThat(banks.find(holder, 1)).contains(write.bank());
        assertThat(banks.chargeOf(ticket)).contains(new TicketCharge(ticket, holder, 15, 1, 1, 1));
        assertThat(banks.ledger(holder, 1, Optional.empty(), 10).entries()).extracting(LedgerEntry::ticketId).containsExactly(ticket);
        Map<String, AttributeValue> announcement = item("BANK#" + holder.key() + "#1", "EVENT#0000000001-1");
        assertThat(announcement.get("entity").s()).isEqualTo("ANNOUNCEMENT");
        assertThat(announcement.get("source").s()).isEqualTo("desk.banks");
        assertThat(announcement.get("detailType").s()).isEqualTo("Hours Charged");
        assertThat(announcement.get("eventId").s()).isEqualTo("bank:" + holder.key() + ":1/1/1");
        assertThat(announcement.get("detail").m().get("ticketId").s()).isEqualTo(ticket);
        assertThat(announcement.get("expiresAt").n()).isEqualTo(Long.toString(AT.plusSeconds(7 * 86_400).getEpochSecond()));
    }

    @Test
    void a_write_under_a_stale_bank_version_is_refused_whole() {
        BankWrite first = charge(HourBank.open(contract, AT), 0, List.of(ticket()), 15);
        banks.write(first);
        String late = ticket();
        BankWrite decidedOnTheOpenBank = charge(HourBank.open(contract, AT), 0, List.of(late), 20);

        assertThatThrownBy(() -> banks.write(decidedOnTheOpenBank)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(banks.find(holder, 1)).contains(first.bank());
        assertThat(banks.chargeOf(late)).isEmpty();
    }

    @Test
    void a_replayed_write_is_refused_and_charges_nothing_twice() {
        BankWrite write = charge(HourBank.open(contract, AT), 0, List.of(ticket(), ticket()), 15);
        banks.write(write);

        assertThatThrownBy(() -> banks.write(write)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(banks.find(holder, 1).orElseThrow().usedMinutes()).isEqualTo(30);
        assertThat(banks.ledger(holder, 1, Optional.empty(), 10).entries()).hasSize(2);
    }

    @Test
    void a_tickets_charge_written_under_a_stale_version_is_refused_with_its_bank() {
        String ticket = ticket();
        BankWrite first = charge(HourBank.open(contract, AT), 0, List.of(ticket), 15);
        banks.write(first);
        HourBank bank = banks.find(holder, 1).orElseThrow();
        // Settled again from a charge read before the first write: version 0, though version 1 is stored.
        HourBank.Settlement again = bank.settle(ticket, 0, 30, OwedReason.WORK_LOGGED, AT.plusSeconds(60), LowBalance.POLICY);
        BankWrite stale = new BankWrite(again.bank(), bank.version(),
                List.of(new Settled(again.entry().orElseThrow(), again.announcements())),
                List.of(TicketCharge.none(ticket, holder).settled(2, 30, 1)));

        assertThatThrownBy(() -> banks.write(stale)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(banks.find(holder, 1)).contains(bank);
        assertThat(banks.chargeOf(ticket).orElseThrow().chargedMinutes()).isEqualTo(15);
    }

    @Test
    void the_ledger_reads_newest_first_a_page_at_a_time_to_its_first_entry() {
        banks.write(charge(HourBank.open(contract, AT), 0, List.of(ticket(), ticket(), ticket(), ticket(), ticket()), 15));

        LedgerPage first = banks.ledger(holder, 1, Optional.empty(), 2);
        LedgerPage second = banks.ledger(holder, 1, first.nextBefore(), 2);
        LedgerPage last = banks.ledger(holder, 1, second.nextBefore(), 2);

        assertThat(first.entries()).extracting(LedgerEntry::sequence).containsExactly(5L, 4L);
        assertThat(second.entries()).extracting(LedgerEntry::sequence).containsExactly(3L, 2L);
        assertThat(last.entries()).extracting(LedgerEntry::sequence).containsExactly(1L);
        assertThat(last.nextBefore()).isEmpty();
        assertThat(last.entries().getFirst().balanceAfter()).isEqualTo(45);
    }

    @Test
    void a_write_holding_more_than_a_hundred_items_is_refused_before_it_is_sent() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 34; i++) {
            many.add(ticket());
        }

        assertThatThrownBy(() -> charge(HourBank.open(SupportContract.of(holder, 1000, LocalDate.parse("2026-03-01"),
                ZoneId.of("Europe/Madrid")), AT), 0, many, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Charges each ticket {@code minutes} on {@code bank}, as read at {@code readVersion}, with each ticket's first charge. */
    private static BankWrite charge(HourBank bank, long readVersion, List<String> tickets, long minutes) {
        List<Settled> settled = new ArrayList<>();
        List<TicketCharge> charges = new ArrayList<>();
        HourBank current = bank;
        for (String ticket : tickets) {
            HourBank.Settlement settlement = current.settle(ticket, 0, minutes, OwedReason.FIRST_RESPONSE, AT, LowBalance.POLICY);
            settled.add(new Settled(settlement.entry().orElseThrow(), settlement.announcements()));
            charges.add(TicketCharge.none(ticket, bank.holder()).settled(1, minutes, bank.year().number()));
            current = settlement.bank();
        }
        return new BankWrite(current, readVersion, settled, charges);
    }

    private Map<String, AttributeValue> item(String pk, String sk) {
        return desk.client().getItem(r -> r.tableName(desk.tableName("DeskTable")).key(TableKeys.key(pk, sk))).item();
    }

    private static String ticket() {
        return UUID.randomUUID().toString();
    }
}
