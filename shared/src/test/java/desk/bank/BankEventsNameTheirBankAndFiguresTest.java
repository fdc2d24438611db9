package desk.bank;

import static desk.bank.BankFixtures.acmeContract;
import static desk.bank.BankFixtures.madrid;
import static org.assertj.core.api.Assertions.assertThat;

import desk.ticket.OwedReason;
import desk.ticket.TicketEvent;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Policy, "Announcements": a bank announces hours charged and refunded, and once per contract year
 * that it runs low or is exhausted; each announcement names its bank (holder and contract year)
 * and the entry's or the balance's figures, as docs/events.md lists them.
 */
class BankEventsNameTheirBankAndFiguresTest {
    private static final Instant AT = madrid("2026-06-01T10:00");

    @Test
    void a_charge_that_exhausts_the_bank_announces_hours_charged_bank_low_and_bank_exhausted_with_their_figures() {
        HourBank bank = HourBank.open(acmeContract(1), AT);

        HourBank.Settlement settlement = bank.settle("t-1", 0, 75, OwedReason.WORK_LOGGED, AT, LowBalance.POLICY);

        assertThat(settlement.announcements()).extracting(BankEvent::detailType)
                .containsExactly("Hours Charged", "Bank Low", "Bank Exhausted");
        assertThat(settlement.announcements().getFirst().fields()).containsExactly(
                java.util.Map.entry("holder", "account:acme"), java.util.Map.entry("holderKind", "ACCOUNT"),
                java.util.Map.entry("holderId", "acme"), java.util.Map.entry("contractYear", 1L),
                java.util.Map.entry("entrySequence", 1L), java.util.Map.entry("ticketId", "t-1"),
                java.util.Map.entry("minutes", 75L), java.util.Map.entry("reason", "WORK_LOGGED"),
                java.util.Map.entry("balanceAfter", -15L), java.util.Map.entry("overageMinutes", 15L));
        assertThat(settlement.announcements().get(1).fields()).containsEntry("balanceMinutes", -15L)
                .containsEntry("allowanceMinutes", 60L);
        assertThat(settlement.announcements().get(2).fields()).containsEntry("overageMinutes", 15L);
    }

    @Test
    void a_refund_is_announced_as_hours_refunded_to_everyone_and_exhaustion_to_staff_only() {
        HourBank charged = HourBank.open(acmeContract(1), AT).settle("t-1", 0, 75, OwedReason.WORK_LOGGED, AT,
                LowBalance.POLICY).bank();

        HourBank.Settlement refund = charged.settle("t-1", 75, 0, OwedReason.RECLASSIFIED, AT.plusSeconds(60), LowBalance.POLICY);

        assertThat(refund.announcements()).singleElement().satisfies(event -> {
            assertThat(event.detailType()).isEqualTo("Hours Refunded");
            assertThat(event.audience()).isEqualTo(TicketEvent.Audience.EVERYONE);
            assertThat(event.fields()).containsEntry("entrySequence", 2L).containsEntry("balanceAfter", 60L);
        });
        assertThat(new BankEvent.BankExhausted(charged.holder(), 1, 15, AT).audience()).isEqualTo(TicketEvent.Audience.STAFF);
    }

    @Test
    void a_ticket_charge_settles_each_change_once_and_keeps_the_version_it_was_read_at_until_stored() {
        TicketCharge none = TicketCharge.none("t-1", new BankHolder.PartnerHolder("iberia"));

        TicketCharge settled = none.settled(3, 15, 1);

        assertThat(settled.hasSettled(3)).isTrue();
        assertThat(settled.hasSettled(4)).isFalse();
        assertThat(List.of(settled.chargedMinutes(), settled.contractYear(), settled.version())).containsExactly(15L, 1L, 0L);
        assertThat(settled.stored().version()).isEqualTo(1);
    }
}
