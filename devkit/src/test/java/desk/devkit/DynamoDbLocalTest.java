package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbLocalTest {

    @Test
    void dataUnderADataDirSurvivesARestart(@TempDir Path dir) {
        Path data = dir.resolve("dynamodb");
        SamTemplate template = SamTemplateTest.fixture();
        try (DynamoDbLocal first = DynamoDbLocal.persistent(data, 0)) {
            assertThat(TemplateTables.createAll(first.client(), template)).containsExactly("OrdersTable");
            first.client().putItem(r -> r.tableName("OrdersTable").item(Map.of("id", AttributeValue.fromS("o-1"))));
        }
        assertThat(data).isNotEmptyDirectory();

        try (DynamoDbLocal second = DynamoDbLocal.persistent(data, 0)) {
            assertThat(TemplateTables.createAll(second.client(), template)).isEmpty();
            assertThat(second.client().getItem(r -> r.tableName("OrdersTable")
                    .key(Map.of("id", AttributeValue.fromS("o-1")))).hasItem()).isTrue();
        }
    }

    @Test
    void theServerListensOnItsPortUntilClosed() {
        int port;
        try (DynamoDbLocal dynamo = DynamoDbLocal.inMemory()) {
            port = dynamo.port();
            assertThat(dynamo.endpoint().toString()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(DynamoDbLocal.isListening(port)).isTrue();
            assertThat(dynamo.client().listTables().tableNames()).isEmpty();
        }
        assertThat(DynamoDbLocal.isListening(port)).isFalse();
    }
}
