package desk.bank;

import desk.ticket.SupportOwed;

import static desk.bank.BankFixtures.acmeContract;
import static desk.bank.BankFixtures.madrid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import desk.bank.LedgerEntry.Kind;
import desk.ticket.OwedReason;
import desk.ticket.TicketKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Policy: "reclassifying a question as an incident refunds what it was charged; the reverse
 * charges it", each once, whatever retries arrive: every change is settled from what the ticket
 * was charged so far to what the rule says it owes now.
 */
class AReclassifiedQuestionIsRefundedAndRechargedOnceTest {
    private static final Instant AT = madrid("2026-06-01T10:00");
    private static final Duration WORKED = Duration.ofMinutes(44).plusSeconds(30);

    @Test
    void a_question_flipped_to_incident_and_back_with_retries_is_refunded_once_and_charged_again_once() {
        HourBank bank = HourBank.open(acmeContract(10), AT);
        List<LedgerEntry> ledger = new ArrayList<>();
        long chargedSoFar = 0;
        List<TicketKind> kinds = List.of(TicketKind.QUESTION, TicketKind.INCIDENT, TicketKind.INCIDENT,
                TicketKind.QUESTION, TicketKind.QUESTION);

        for (int i = 0; i < kinds.size(); i++) {
            long owed = SupportOwed.minutes(Optional.of(kinds.get(i)), true, WORKED);
            HourBank.Settlement settlement = bank.settle("t-1", chargedSoFar, owed, OwedReason.RECLASSIFIED,
                    AT.plusSeconds(60L * i), LowBalance.POLICY);
            settlement.entry().ifPresent(ledger::add);
            bank = settlement.bank();
            chargedSoFar = owed;
        }

        assertThat(ledger).extracting(LedgerEntry::kind, LedgerEntry::minutes, LedgerEntry::balanceAfter).containsExactly(
                tuple(Kind.CHARGE, 44L, 556L),
                tuple(Kind.REFUND, 44L, 600L),
                tuple(Kind.CHARGE, 44L, 556L));
        assertThat(bank.version()).isEqualTo(3);
    }
}
