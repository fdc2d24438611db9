package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The repository's own template.yaml, as the tests and the local runtime will see it. */
class RealTemplateTest {

    private final SamTemplate template = SamTemplate.locate();

    @Test
    void theTemplateFoundFromTheModuleIsTheRepositoryRoot() {
        assertThat(template.file().getFileName().toString()).isEqualTo("template.yaml");
        assertThat(template.directory().resolve("pom.xml")).exists();
    }

    @Test
    void itDeclaresTheSingleDeskTableWithItsIndexes() {
        assertThat(template.tables()).extracting(TableDefinition::logicalId).containsExactly("DeskTable");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indexes = (List<Map<String, Object>>) template.tables().getFirst()
                .properties().get("GlobalSecondaryIndexes");
        assertThat(indexes).extracting(i -> i.get("IndexName"))
                .containsExactly("AwaitingFirstResponse", "SupportQueue", "AssignedQueue", "TicketsByAccount", "TicketsByPartner");
    }

    @Test
    void everyHttpRouteBelongsToTheDeskApi() {
        assertThat(template.httpRoutes()).extracting(HttpRoute::routeKey).containsExactlyInAnyOrder(
                "POST /tickets", "GET /tickets", "GET /queue", "GET /success/requests", "GET /me", "GET /tickets/{id}",
                "POST /tickets/{id}/messages", "GET /tickets/{id}/messages", "GET /tickets/{id}/history",
                "POST /tickets/{id}/assignment", "POST /tickets/{id}/status", "POST /tickets/{id}/classification",
                "POST /tickets/{id}/worklogs",
                "PUT /accounts/{id}", "GET /accounts/{id}",
                "PUT /partners/{id}", "GET /partners/{id}",
                "PUT /accounts/{id}/contract", "GET /accounts/{id}/contract",
                "PUT /partners/{id}/contract", "GET /partners/{id}/contract", "GET /banks/{holder}");
        assertThat(template.httpRoutes()).extracting(HttpRoute::apiId).containsOnly("DeskHttpApi");
        assertThat(template.httpApis()).containsExactly("DeskHttpApi");
    }

    @Test
    void functionsGetTheTableNameFromGlobalsResolvedToItsLocalName() {
        SamFunction openTicket = template.function("OpenTicketFunction");

        assertThat(openTicket.handlerClass()).isEqualTo("desk.handler.tickets.OpenTicketHandler");
        assertThat(openTicket.timeoutSeconds()).isEqualTo(15);
        assertThat(openTicket.memoryMb()).isEqualTo(1024);
        assertThat(template.functions()).allSatisfy(f ->
                assertThat(f.environment()).containsEntry("DESK_TABLE_NAME", "DeskTable"));
    }

    @Test
    void theRelayReadsOnlyAnnouncementInsertsAndTheHourDeductionOnlyOwedChangesFromTheDeskTablesStream() {
        assertThat(template.streamEventSources()).containsExactly(new StreamEventSource(
                "AnnouncementRelayFunction", "Announcements", "DeskTable", "TRIM_HORIZON", 100, 1,
                List.of("{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"Keys\":{\"sk\":{\"S\":[{\"prefix\":\"EVENT#\"}]}}}}"),
                true, true, 10, 3600, java.util.Optional.of("AnnouncementRelayFailures")), new StreamEventSource(
                "HourDeductionFunction", "OwedChanges", "DeskTable", "TRIM_HORIZON", 500, 1,
                List.of("{\"eventName\":[\"INSERT\"],\"dynamodb\":{\"Keys\":{\"sk\":{\"S\":[{\"prefix\":\"EVENT#\"}]}},"
                        + "\"NewImage\":{\"detailType\":{\"S\":[\"Ticket Owed Changed\"]}}}}"),
                true, true, 10, 86400, java.util.Optional.of("HourDeductionFailures")));
    }

    @Test
    void theRelayIsToldTheDeskBusByName() {
        assertThat(template.eventBuses()).containsExactly("DeskEventBus");
        assertThat(template.function("AnnouncementRelayFunction").environment())
                .containsEntry("DESK_EVENT_BUS_NAME", "DeskEventBus");
    }

    @Test
    void theSlaSweepIsTheOneScheduleEveryMinute() {
        assertThat(template.schedules()).singleElement().satisfies(schedule -> {
            assertThat(schedule.functionLogicalId()).isEqualTo("SlaSweepFunction");
            assertThat(schedule.expression()).isEqualTo("rate(1 minute)");
        });
    }
    /** The one route-less function outside the stream and the schedule: the raw-mail bucket's objects under inbound/ reach it. */
    @Test
    void theMailIntakeReadsTheRawMailBucketsInboundObjects() {
        SamFunction intake = template.function("EmailIntakeFunction");

        assertThat(intake.handlerClass()).isEqualTo("desk.handler.emailintake.EmailIntakeHandler");
        assertThat(intake.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("S3");
            assertThat(event.properties()).containsEntry("Bucket", Map.of("Ref", "RawMailBucket"))
                    .containsEntry("Events", "s3:ObjectCreated:*");
            assertThat(event.properties().get("Filter").toString()).contains("prefix").contains("inbound/");
        });
        assertThat(intake.environment()).containsKeys("DESK_MAIL_TOKEN_KEYS", "DESK_MAIL_SUPPORT_ADDRESSES",
                "DESK_MAIL_MESSAGE_ID_DOMAIN");
    }
}
