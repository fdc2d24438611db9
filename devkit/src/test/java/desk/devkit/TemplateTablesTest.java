package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import desk.devkit.junit.LocalDynamoDbExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

@ExtendWith(LocalDynamoDbExtension.class)
class TemplateTablesTest {

    @Test
    void theDeskTableIsCreatedWithTheKeysIndexesAndStreamTheTemplateDeclares(LocalDesk desk) {
        TableDescription table = desk.client().describeTable(r -> r.tableName(desk.tableName("DeskTable"))).table();

        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(table.globalSecondaryIndexes())
                .extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactlyInAnyOrder("AwaitingFirstResponse", "SupportQueue", "AssignedQueue", "TicketsByAccount",
                        "TicketsByPartner");
        assertThat(index(table, "AwaitingFirstResponse").keySchema())
                .containsExactly(key("slaPk", KeyType.HASH), key("slaCheckpoint", KeyType.RANGE));
        assertThat(index(table, "AwaitingFirstResponse").projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
        assertThat(index(table, "AwaitingFirstResponse").projection().nonKeyAttributes())
                .containsExactlyInAnyOrder("id", "version", "announced", "slaNextCheckpoint", "slaNextCheckpointAt", "atRiskAt", "dueAt",
                        "calendarId", "calendarVersion");
        assertThat(index(table, "SupportQueue").keySchema())
                .containsExactly(key("queuePk", KeyType.HASH), key("queueSk", KeyType.RANGE));
        assertThat(index(table, "TicketsByAccount").keySchema())
                .containsExactly(key("accountPk", KeyType.HASH), key("receivedSk", KeyType.RANGE));
        assertThat(index(table, "TicketsByPartner").keySchema())
                .containsExactly(key("partnerPk", KeyType.HASH), key("receivedSk", KeyType.RANGE));
        assertThat(index(table, "AssignedQueue").keySchema())
                .containsExactly(key("assigneePk", KeyType.HASH), key("queueSk", KeyType.RANGE));
        // The lists' indexes project the same summary, never the whole ticket.
        for (String list : List.of("SupportQueue", "AssignedQueue", "TicketsByAccount", "TicketsByPartner")) {
            assertThat(index(table, list).projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(index(table, list).projection().nonKeyAttributes()).doesNotContain("description")
                    .containsExactlyInAnyOrderElementsOf(index(table, "SupportQueue").projection().nonKeyAttributes());
        }
    }

    @Test
    void timeToLiveIsEnabledOnTheDeclaredAttribute(LocalDesk desk) {
        var ttl = desk.client().describeTimeToLive(r -> r.tableName("DeskTable")).timeToLiveDescription();

        assertThat(ttl.attributeName()).isEqualTo("expiresAt");
        assertThat(ttl.timeToLiveStatusAsString()).isEqualTo("ENABLED");
    }

    @Test
    void creatingAgainLeavesExistingTablesAndTheirItemsAlone(LocalDesk desk) {
        String pk = "TEST#" + UUID.randomUUID();
        desk.client().putItem(r -> r.tableName("DeskTable").item(Map.of(
                "pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("A"))));

        assertThat(TemplateTables.createAll(desk.client(), desk.template())).isEmpty();
        assertThat(desk.client().getItem(r -> r.tableName("DeskTable").key(Map.of(
                "pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("A")))).hasItem()).isTrue();
    }

    @Test
    void theExtensionSharesOneServerBetweenTests(LocalDesk first, LocalDesk second) {
        assertThat(first).isSameAs(second);
        assertThat(DynamoDbLocal.isListening(first.endpoint().getPort())).isTrue();
        assertThat(first.functionProperties("OpenTicketFunction"))
                .containsEntry("desk.dynamodb.endpoint", first.endpoint().toString())
                .containsEntry("desk.table.name", "DeskTable");
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static GlobalSecondaryIndexDescription index(TableDescription table, String name) {
        return table.globalSecondaryIndexes().stream().filter(i -> i.indexName().equals(name)).findFirst().orElseThrow();
    }
}
