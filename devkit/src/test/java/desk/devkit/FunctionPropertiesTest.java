package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FunctionPropertiesTest {

    @Test
    void environmentVariablesBecomeTheDottedLowerCasePropertiesMicronautDerives() {
        Map<String, Object> properties = FunctionProperties.of(
                SamTemplate.locate(), "GetTicketFunction", URI.create("http://127.0.0.1:8000"));

        assertThat(properties).containsExactlyInAnyOrderEntriesOf(Map.of(
                "desk.table.name", "DeskTable",
                "desk.dynamodb.endpoint", "http://127.0.0.1:8000"));
    }

    @Test
    void everyVariableOfTheFunctionIsIncluded() {
        Map<String, Object> properties = FunctionProperties.of(
                SamTemplateTest.fixture(), "EchoFunction", URI.create("http://127.0.0.1:1"));

        assertThat(properties).containsEntry("orders.table", "OrdersTable")
                .containsEntry("greeting", "hello")
                .containsEntry("overridden", "from-function")
                .containsEntry("stage", "dev");
    }
}
