package desk.handler.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.AnnouncementRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.usecase.OpenTicket;
import desk.usecase.SweepSlas;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Policy, "First-response SLA", through the sweep on DynamoDB Local with the foundation's
 * calendar: one second before each checkpoint nothing, one second after one announcement, a
 * second sweep nothing more; across a weekend, a national holiday and both DST switches of 2026
 * and 2027. And a bad index entry fails alone.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class SweepsAroundEveryCheckpointOnTheTableTest {
    private static FunctionHarness harness;
    private static LocalDesk desk;

    @BeforeAll
    static void start(LocalDesk localDesk) {
        desk = localDesk;
        harness = FunctionHarness.of(desk, "SlaSweepFunction");
        harness.bean(AccountStore.class).put(new Account("checkpoints-enterprise", "Enterprise", Plan.ENTERPRISE, Contract.DIRECT,
                Optional.empty(), List.of(), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @ParameterizedTest(name = "received {0} Madrid: at risk {1}, due {2}")
    @CsvSource({
            // Enterprise (2 h; at risk after 1 h 30 min), Madrid local times.
            "2026-11-27T17:30, 2026-11-30T09:00, 2026-11-30T09:30", // across a weekend
            "2026-12-07T17:30, 2026-12-09T09:00, 2026-12-09T09:30", // 8 Dec, Immaculate Conception
            "2026-03-27T17:00, 2026-03-30T08:30, 2026-03-30T09:00", // CET to CEST on 29 Mar 2026
            "2026-10-23T17:30, 2026-10-26T09:00, 2026-10-26T09:30", // CEST to CET on 25 Oct 2026
            "2027-03-25T17:15, 2027-03-29T08:45, 2027-03-29T09:15", // Good Friday 26 Mar, then CET to CEST on 28 Mar 2027
            "2027-10-29T17:45, 2027-11-02T09:15, 2027-11-02T09:45"  // CEST to CET on 31 Oct 2027, then 1 Nov
    })
    void each_checkpoint_is_announced_once_a_second_after_it_and_never_before(String received, String atRisk, String due) {
        Ticket ticket = open(madrid(received));
        Instant atRiskAt = madrid(atRisk);
        Instant dueAt = madrid(due);

        sweepJudging(atRiskAt.minusSeconds(1));
        List<String> before = types(ticket);
        sweepJudging(atRiskAt.plusSeconds(1));
        sweepJudging(atRiskAt.plusSeconds(2));
        List<String> atRiskOnce = types(ticket);
        sweepJudging(dueAt);
        List<String> atDue = types(ticket);
        sweepJudging(dueAt.plusSeconds(1));
        sweepJudging(dueAt.plusSeconds(2));

        assertThat(ticket.deadline().orElseThrow().dueAt()).isEqualTo(dueAt);
        assertThat(before).containsExactly("Ticket Received");
        assertThat(atRiskOnce).containsExactly("Ticket Received", "SLA At Risk");
        assertThat(atDue).containsExactly("Ticket Received", "SLA At Risk");
        assertThat(types(ticket)).containsExactly("Ticket Received", "SLA At Risk", "SLA Breached");
    }

    @Test
    void an_unreadable_index_entry_is_reported_and_the_tickets_due_after_it_are_still_swept() {
        Ticket ticket = open(madrid("2028-01-14T17:30")); // due Mon 17 Jan 2028 09:30
        // An entry that sorts first but lacks what the sweep reads (as a hand-edited item would).
        desk.client().putItem(put -> put.tableName(desk.tableName("DeskTable")).item(Map.of(
                "pk", AttributeValue.fromS("TICKET#broken-entry"), "sk", AttributeValue.fromS("TICKET"),
                "slaPk", AttributeValue.fromS("AWAITING"), "slaCheckpoint", AttributeValue.fromS("2028-01-01T00:00:00.000Z#broken-entry"))));

        SweepSlas.SweepReport report = sweepJudging(madrid("2028-01-17T12:00"));

        assertThat(report.failedTicketIds()).contains("TICKET#broken-entry");
        assertThat(types(ticket)).containsExactly("Ticket Received", "SLA At Risk", "SLA Breached");
    }

    private static SweepSlas.SweepReport sweepJudging(Instant asOf) {
        SweepSlas sweep = harness.bean(SweepSlas.class);
        return sweep.sweep(asOf.plus(sweep.settleTime()), () -> true);
    }

    private static Ticket open(Instant receivedAt) {
        return ((OpenTicket.Outcome.Created) harness.bean(OpenTicket.class).open(new Principal.SupportAgent("agent-intake"),
                Map.of("accountId", "checkpoints-enterprise", "kind", "QUESTION", "subject", "Prices", "description", "Net prices?"),
                receivedAt, Optional.empty())).ticket();
    }

    private static List<String> types(Ticket ticket) {
        return harness.bean(TicketStore.class).history(ticket.id()).stream().map(AnnouncementRecord::detailType).toList();
    }

    private static Instant madrid(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Madrid")).toInstant();
    }
}
