package desk.handler.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.devkit.FunctionContexts;
import desk.devkit.FunctionProperties;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.sla.FirstResponseDeadline;
import desk.sla.SlaState;
import desk.store.AccountStore;
import desk.store.AnnouncementRecord;
import desk.store.TicketStore;
import desk.ticket.Ticket;
import desk.usecase.ApplyCalendarVersions;
import desk.usecase.OpenTicket;
import desk.usecase.PostMessage;
import desk.usecase.SweepSlas;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy: "When a calendar changes, tickets still awaiting a first response get their deadline
 * recomputed from their receipt under the new version (and the change is announced); tickets
 * already answered keep the outcome they had." A calendar of this test's own (so no other test's
 * tickets move) gets version 2, which closes Mon 30 Nov 2026.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class ANewCalendarVersionMovesAwaitingDeadlinesOnceTest {
    private static final Instant FRIDAY_1730 = Instant.parse("2026-11-27T16:30:00Z");
    private static final Instant APPLIED_AT = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void an_awaiting_ticket_moves_and_says_so_once_an_answered_one_keeps_its_outcome_and_reapplying_changes_nothing(LocalDesk desk)
            throws IOException {
        try (ApplicationContext before = context(desk, "1", List.of());
             ApplicationContext after = context(desk, "2", List.of("2026-11-30 Local closure"))) {
            before.getBean(AccountStore.class).put(new Account("cal-enterprise", "Enterprise", Plan.ENTERPRISE, Contract.DIRECT,
                    Optional.empty(), List.of(), "es-test"));
            before.getBean(ApplyCalendarVersions.class).apply(FRIDAY_1730, () -> true); // version 1 recorded as applied
            Ticket awaiting = open(before);
            Ticket answered = open(before);
            before.getBean(PostMessage.class).post(new Principal.SupportAgent("agent-lucia"), answered.id(),
                    Map.of("body", "Here is how"), FRIDAY_1730.plusSeconds(900), Optional.empty());

            ApplyCalendarVersions.Report first = after.getBean(ApplyCalendarVersions.class).apply(APPLIED_AT, () -> true);
            ApplyCalendarVersions.Report again = after.getBean(ApplyCalendarVersions.class).apply(APPLIED_AT.plusSeconds(60), () -> true);

            TicketStore tickets = after.getBean(TicketStore.class);
            FirstResponseDeadline moved = tickets.find(awaiting.id()).orElseThrow().deadline().orElseThrow();
            assertThat(moved.calendarVersion()).isEqualTo("2");
            // Due Mon 30 Nov 09:30 under version 1; Mon is closed under version 2: Tue 1 Dec 09:30.
            assertThat(moved.dueAt()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
            assertThat(tickets.find(awaiting.id()).orElseThrow().sla())
                    .isEqualTo(new SlaState.Awaiting(SlaState.Checkpoint.atRisk(Instant.parse("2026-12-01T08:00:00Z"))));
            List<AnnouncementRecord> history = tickets.history(awaiting.id());
            assertThat(history).extracting(AnnouncementRecord::detailType).containsExactly("Ticket Received", "Deadline Changed");
            assertThat(history.getLast().detail()).containsEntry("fromDueAt", "2026-11-30T08:30:00Z")
                    .containsEntry("toDueAt", "2026-12-01T08:30:00Z").containsEntry("fromCalendarVersion", "1")
                    .containsEntry("toCalendarVersion", "2").containsEntry("closedDaysAdded", List.of("2026-11-30 Local closure"));
            assertThat(history.getLast().detail()).as("events/published/deadline-changed.json")
                    .isEqualTo(sampleDetail(desk, awaiting.id()));
            assertThat(tickets.find(answered.id()).orElseThrow().sla()).isInstanceOf(SlaState.Met.class);
            assertThat(tickets.find(answered.id()).orElseThrow().deadline().orElseThrow().calendarVersion()).isEqualTo("1");
            assertThat(tickets.history(answered.id())).extracting(AnnouncementRecord::detailType)
                    .doesNotContain("Deadline Changed");
            assertThat(first.calendarsApplied()).contains("es-test");
            assertThat(again.deadlinesMoved()).isZero();
            assertThat(again.calendarsApplied()).doesNotContain("es-test");

            // The sweep follows the moved deadline: nothing is breached at the old one.
            after.getBean(SweepSlas.class).sweep(Instant.parse("2026-11-30T08:35:00Z"), () -> true);
            assertThat(tickets.history(awaiting.id())).extracting(AnnouncementRecord::detailType)
                    .containsExactly("Ticket Received", "Deadline Changed");
        }
    }

    /** The published sample's detail, for this test's calendar (es-test, versions 1 and 2) and ticket. */
    private static Map<String, Object> sampleDetail(LocalDesk desk, String ticketId) throws IOException {
        String sample = Files.readString(desk.template().file().toAbsolutePath().getParent().resolve("events/published/deadline-changed.json"))
                .replace("0b9e4a52-6c1f-4f0e-9d43-2f1f3c5a7e10", ticketId).replace("es-madrid", "es-test")
                .replace("\"2026-1\"", "\"1\"").replace("\"2026-2\"", "\"2\"");
        Map<String, Object> event = new ObjectMapper().readValue(sample, new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) event.get("detail");
        // JSON numbers read as Integer; the store gives Long.
        Map<String, Object> normalised = new HashMap<>(detail);
        normalised.computeIfPresent("sequence", (k, v) -> ((Number) v).longValue());
        return normalised;
    }

    private static Ticket open(ApplicationContext context) {
        return ((OpenTicket.Outcome.Created) context.getBean(OpenTicket.class).open(new Principal.SupportAgent("agent-intake"),
                Map.of("accountId", "cal-enterprise", "kind", "QUESTION", "subject", "Prices", "description", "Net prices?"),
                FRIDAY_1730, Optional.empty())).ticket();
    }

    /** The sweep function's context with this test's calendar at {@code version}. */
    private static ApplicationContext context(LocalDesk desk, String version, List<String> closures) {
        Map<String, Object> properties = new HashMap<>(FunctionProperties.localProperties(desk.endpoint()));
        properties.put("desk.calendars.es-test.version", version);
        properties.put("desk.calendars.es-test.zone", "Europe/Madrid");
        properties.put("desk.calendars.es-test.opening-hours", "MON-FRI 08:00-18:00");
        properties.put("desk.calendars.es-test.holiday-country", "ES");
        properties.put("desk.calendars.es-test.extra-closures", closures);
        return FunctionContexts.start(desk.template(), desk.template().function("SlaSweepFunction"), properties,
                FunctionProperties.LOCAL_LOG_STREAM);
    }
}
