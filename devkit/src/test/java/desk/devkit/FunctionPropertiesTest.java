package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void the_environment_holds_the_templates_variables_and_those_lambda_sets() {
        Map<String, String> environment = FunctionProperties.environment(
                SamTemplate.locate(), "GetTicketFunction", "2026/03/02/[$LATEST]0123456789abcdef");

        assertThat(environment)
                .containsEntry("DESK_TABLE_NAME", "DeskTable")
                .containsEntry("_HANDLER", "desk.handler.tickets.GetTicketHandler")
                .containsEntry("AWS_REGION", LocalAws.REGION.id())
                .containsEntry("AWS_DEFAULT_REGION", LocalAws.REGION.id())
                .containsEntry("AWS_EXECUTION_ENV", "AWS_Lambda_java25")
                .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "GetTicketFunction")
                .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")
                .containsEntry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
                .containsEntry("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand")
                .containsEntry("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/GetTicketFunction")
                .containsEntry("AWS_LAMBDA_LOG_STREAM_NAME", "2026/03/02/[$LATEST]0123456789abcdef")
                .containsEntry("TZ", ":UTC")
                .doesNotContainKey("desk.table.name");
    }

    @Test
    void refs_and_globals_resolve_in_the_environment_as_in_the_plain_map() {
        Map<String, String> environment = FunctionProperties.environment(SamTemplateTest.fixture(), "EchoFunction");

        assertThat(environment)
                .containsEntry("ORDERS_TABLE", "OrdersTable")
                .containsEntry("STAGE", "dev")
                .containsEntry("OVERRIDDEN", "from-function")
                .containsEntry("RETRIES", "3")
                .containsEntry("_HANDLER", "example.EchoHandler::handleRequest")
                .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")
                .containsEntry("AWS_LAMBDA_LOG_STREAM_NAME", FunctionProperties.LOCAL_LOG_STREAM);
    }

    @Test
    void a_name_lambda_reserves_is_refused_as_the_deployment_would_be(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: x.Y
                      Runtime: java25
                      Environment:
                        Variables:
                          AWS_REGION: us-east-1
                          GREETING: hello
                """);

        assertThatThrownBy(() -> FunctionProperties.environment(SamTemplate.load(file), "Fn"))
                .hasMessageContaining("Fn").hasMessageContaining("[AWS_REGION]").hasMessageContaining("reserves");
    }
}
