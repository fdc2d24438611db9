package desk.handler.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Partner;
import desk.account.PartnerAccess;
import desk.account.PartnerKind;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.store.AccountStore;
import desk.store.PartnerStore;
import desk.usecase.AssignTicket;
import desk.usecase.ChangeTicketStatus;
import desk.usecase.LogWork;
import desk.usecase.OpenTicket;
import desk.usecase.PostMessage;
import desk.usecase.ReclassifyTicket;
import desk.usecase.SweepSlas;
import desk.usecase.WorkOutcome;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/events.md's samples are what the desk really publishes: the sample scenario (a Solution
 * Partner opens a Premium incident for its indirect client on Fri 27 Nov 17:30 Madrid; an agent
 * answers Mon 09:15, picking it up; a colleague's reply received at 09:10 is stored after it)
 * produces, in the ticket's history, exactly each sample's detail-type and detail; so does support's
 * work on it (assigned Mon 09:05, reclassified as a question at 09:20, waiting on the customer at 10:00).
 */
@ExtendWith(LocalDynamoDbExtension.class)
class PublishedEventsMatchTheirSamplesTest {
    private static final String SAMPLE_TICKET = "0b9e4a52-6c1f-4f0e-9d43-2f1f3c5a7e10";
    private static final String SAMPLE_MESSAGE = "019ad0b1-2c58-7a3e-9f10-4b6c8d2e1a37";
    private static final String SAMPLE_WORK_LOG = "019ad0f9-4b20-7d3e-8a1f-5c6d7e8f9a0b";
    private static final String SAMPLE_EARLIER_MESSAGE = "019ad0ac-9a30-7c1e-8d2f-3a4b5c6d7e8f";

    @Test
    void the_sample_scenario_publishes_each_sample_event(LocalDesk desk) throws IOException {
        try (FunctionHarness harness = FunctionHarness.of(desk, "PostMessageFunction")) {
            String ticketId = openSampleTicket(harness);
            var posted = (PostMessage.Outcome.Posted) harness.bean(PostMessage.class).post(new Principal.SupportAgent("agent-lucia"),
                    ticketId, Map.of("body", "Fixed the mapping."), Instant.parse("2026-11-30T08:15:00Z"), Optional.empty());
            var racedAhead = (PostMessage.Outcome.Posted) harness.bean(PostMessage.class).post(new Principal.SupportAgent("agent-marc"),
                    ticketId, Map.of("body", "Looking at it now."), Instant.parse("2026-11-30T08:10:00Z"), Optional.empty());

            List<Map<String, Object>> history = historySeenBySupport(harness, ticketId);

            JsonMapper json = harness.bean(JsonMapper.class);
            Path samples = desk.template().file().toAbsolutePath().getParent().resolve("events/published");
            // The third announcement is the reply picking the ticket up (Ticket Status Changed, reason SUPPORT_REPLIED);
            // each reply ends with its own Support Replied (the raced one's is the seventh).
            Map<Integer, String> files = Map.of(0, "ticket-received.json", 1, "routed-to-partner.json",
                    3, "first-response-recorded.json", 4, "support-replied.json", 5, "first-response-corrected.json");
            assertThat(history).hasSize(7);
            assertThat(history.get(6).get("detailType")).isEqualTo("Support Replied");
            assertThat(map(history.get(2).get("detail"))).containsEntry("toStatus", "OPEN").containsEntry("reason", "SUPPORT_REPLIED");
            for (var file : files.entrySet()) {
                String text = Files.readString(samples.resolve(file.getValue()))
                        .replace(SAMPLE_TICKET, ticketId).replace(SAMPLE_MESSAGE, posted.message().id())
                        .replace(SAMPLE_EARLIER_MESSAGE, racedAhead.message().id());
                assertMatches(history.get(file.getKey()), json.readValue(text, Argument.mapOf(String.class, Object.class)),
                        file.getValue());
            }
        }
    }

    @Test
    void support_working_the_sample_ticket_publishes_the_work_samples(LocalDesk desk) throws IOException {
        try (FunctionHarness harness = FunctionHarness.of(desk, "PostMessageFunction")) {
            String ticketId = openSampleTicket(harness);
            Principal agent = new Principal.SupportAgent("agent-marc");
            assertThat(harness.bean(AssignTicket.class).assign(agent, ticketId, Map.of("assignee", "agent-lucia"),
                    Instant.parse("2026-11-30T08:05:00Z"), Optional.empty())).isInstanceOf(WorkOutcome.Changed.class);
            assertThat(harness.bean(ReclassifyTicket.class).reclassify(agent, ticketId, Map.of("kind", "QUESTION"),
                    Instant.parse("2026-11-30T08:20:00Z"), Optional.empty())).isInstanceOf(WorkOutcome.Changed.class);
            assertThat(harness.bean(ChangeTicketStatus.class).change(agent, ticketId, Map.of("status", "WAITING_ON_CUSTOMER"),
                    Instant.parse("2026-11-30T09:00:00Z"), Optional.empty())).isInstanceOf(WorkOutcome.Changed.class);

            List<Map<String, Object>> history = historySeenBySupport(harness, ticketId);

            JsonMapper json = harness.bean(JsonMapper.class);
            Path samples = desk.template().file().toAbsolutePath().getParent().resolve("events/published");
            // The fourth announcement is the assignment picking the ticket up (NEW to OPEN, reason ASSIGNED).
            Map<Integer, String> files = Map.of(2, "ticket-assigned.json", 4, "ticket-reclassified.json",
                    5, "ticket-status-changed.json");
            assertThat(history).hasSize(6);
            assertThat(map(history.get(3).get("detail"))).containsEntry("toStatus", "OPEN").containsEntry("reason", "ASSIGNED");
            for (var file : files.entrySet()) {
                String text = Files.readString(samples.resolve(file.getValue())).replace(SAMPLE_TICKET, ticketId);
                assertMatches(history.get(file.getKey()), json.readValue(text, Argument.mapOf(String.class, Object.class)),
                        file.getValue());
            }
        }
    }

    @Test
    void time_logged_on_the_sample_ticket_after_it_became_a_question_publishes_the_bank_samples(LocalDesk desk) throws IOException {
        try (FunctionHarness harness = FunctionHarness.of(desk, "PostMessageFunction")) {
            String ticketId = openSampleTicket(harness);
            Principal agent = new Principal.SupportAgent("agent-lucia");
            harness.bean(PostMessage.class).post(agent, ticketId, Map.of("body", "Fixed the mapping."),
                    Instant.parse("2026-11-30T08:15:00Z"), Optional.empty());
            assertThat(harness.bean(ReclassifyTicket.class).reclassify(agent, ticketId, Map.of("kind", "QUESTION"),
                    Instant.parse("2026-11-30T08:20:00Z"), Optional.empty())).isInstanceOf(WorkOutcome.Changed.class);
            var logged = (LogWork.Outcome.Logged) harness.bean(LogWork.class).log(agent, ticketId,
                    Map.of("minutes", 25, "note", "Traced the export mapping."), Instant.parse("2026-11-30T09:30:00Z"), Optional.empty());

            List<Map<String, Object>> history = historySeenBySupport(harness, ticketId);
            JsonMapper json = harness.bean(JsonMapper.class);
            Path samples = desk.template().file().toAbsolutePath().getParent().resolve("events/published");
            // Received, routed, picked up, first response (an incident then: it owes nothing), the reply, reclassified.
            Map<Integer, String> files = Map.of(6, "ticket-owed-changed.json", 7, "work-logged.json",
                    8, "ticket-owed-changed-by-work.json");
            assertThat(history).hasSize(9);
            for (var file : files.entrySet()) {
                String text = Files.readString(samples.resolve(file.getValue())).replace(SAMPLE_TICKET, ticketId)
                        .replace(SAMPLE_WORK_LOG, logged.log().id());
                assertMatches(history.get(file.getKey()), json.readValue(text, Argument.mapOf(String.class, Object.class)),
                        file.getValue());
            }
        }
    }

    private static void assertMatches(Map<String, Object> announced, Map<String, Object> sample, String file) {
        assertThat(announced.get("detailType")).as(file).isEqualTo(sample.get("detail-type"));
        assertThat(announced.get("detail")).as(file).isEqualTo(sample.get("detail"));
        assertThat(sample).as(file).containsEntry("source", "desk.tickets")
                .containsEntry("time", map(sample.get("detail")).get("occurredAt"));
    }

    @Test
    void an_unanswered_sample_ticket_swept_late_publishes_the_sla_samples(LocalDesk desk) throws IOException {
        try (FunctionHarness harness = FunctionHarness.of(desk, "PostMessageFunction")) {
            String ticketId = openSampleTicket(harness);

            harness.bean(SweepSlas.class).sweep(Instant.parse("2026-12-01T09:00:00Z"), () -> true);

            List<Map<String, Object>> history = historySeenBySupport(harness, ticketId);
            JsonMapper json = harness.bean(JsonMapper.class);
            Path samples = desk.template().file().toAbsolutePath().getParent().resolve("events/published");
            List<String> files = List.of("sla-at-risk.json", "sla-breached.json");
            assertThat(history).hasSize(4);
            for (int i = 0; i < files.size(); i++) {
                Map<String, Object> sample = json.readValue(Files.readString(samples.resolve(files.get(i))).replace(SAMPLE_TICKET, ticketId),
                        Argument.mapOf(String.class, Object.class));
                assertMatches(history.get(i + 2), sample, files.get(i));
            }
        }
    }

    /** The sample scenario's ticket: a Solution Partner opens a Premium incident for its indirect client, Fri 27 Nov 17:30 Madrid. */
    private static String openSampleTicket(FunctionHarness harness) {
        harness.bean(PartnerStore.class).put(new Partner("demo-solution-partner", "Demo Solution Partner",
                PartnerKind.SOLUTION, true, true));
        harness.bean(AccountStore.class).put(new Account("demo-indirect", "Demo Indirect", Plan.PREMIUM, Contract.INDIRECT,
                Optional.of("demo-solution-partner"), List.of(new PartnerAccess("demo-solution-partner", true)), "es-madrid"));
        var opened = (OpenTicket.Outcome.Created) harness.bean(OpenTicket.class).open(
                new Principal.PartnerUser("partner-ana", "demo-solution-partner"),
                Map.of("accountId", "demo-indirect", "kind", "INCIDENT", "severity", "MAJOR", "subject", "Export fails",
                        "description", "The channel export stops", "steps", "Press Export now", "expectedResult", "A file"),
                Instant.parse("2026-11-27T16:30:00Z"), Optional.empty());
        return opened.ticket().id();
    }

    /** GET /tickets/{id}/history as an agent sees it: every announcement, as published. */
    private static List<Map<String, Object>> historySeenBySupport(FunctionHarness harness, String ticketId) {
        APIGatewayV2HTTPEvent read = harness.event("ticket-history.json");
        read.setPathParameters(Map.of("id", ticketId));
        read.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("sub", "agent-lucia", "role", "agent"));
        return maps(harness.body(new TicketHistoryHandler(harness.context()).handleRequest(read, null)).get("events"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
