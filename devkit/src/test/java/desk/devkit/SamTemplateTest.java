package desk.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamTemplateTest {

    private final SamTemplate fixture = fixture().withParameters(Map.of("ApiKey", "secret"));

    static SamTemplate fixture() {
        try {
            return SamTemplate.load(Path.of(SamTemplateTest.class.getResource("/fixture-template.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shortTagsAreReadAsTheirLongForm() {
        Map<String, Object> metadata = fixture.resources().get("Tags");
        @SuppressWarnings("unchecked")
        Map<String, Object> tags = (Map<String, Object>) metadata.get("Metadata");

        assertThat(tags.get("Ref")).isEqualTo(Map.of("Ref", "OrdersTable"));
        assertThat(tags.get("GetAtt")).isEqualTo(Map.of("Fn::GetAtt", List.of("OrdersTable", "StreamArn")));
        assertThat(tags.get("GetAttList")).isEqualTo(Map.of("Fn::GetAtt", List.of("OrdersTable", "Arn")));
        assertThat(tags.get("Sub")).isEqualTo(Map.of("Fn::Sub", "arn:${AWS::Partition}:s3:::${Stage}"));
        assertThat(tags.get("SubList")).isEqualTo(Map.of("Fn::Sub", List.of("${A}-x", Map.of("A", Map.of("Ref", "Stage")))));
        assertThat(tags.get("Join")).isEqualTo(Map.of("Fn::Join", List.of("-", List.of("a", "b"))));
        assertThat(tags.get("If")).isEqualTo(Map.of("Fn::If", List.of("IsDev", "yes-value", "no-value")));
        assertThat(tags.get("Select")).isEqualTo(Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))));
        assertThat(tags.get("Split")).isEqualTo(Map.of("Fn::Split", List.of(",", "a,b")));
        assertThat(tags.get("FindInMap")).isEqualTo(Map.of("Fn::FindInMap", List.of("Sizes", "dev", "Memory")));
        assertThat(tags.get("ImportValue")).isEqualTo(Map.of("Fn::ImportValue", "shared-vpc"));
        assertThat(tags.get("Base64")).isEqualTo(Map.of("Fn::Base64", "text"));
        assertThat(tags.get("Cidr")).isEqualTo(Map.of("Fn::Cidr", List.of("10.0.0.0/16", 4, 8)));
        assertThat(tags.get("GetAZs")).isEqualTo(Map.of("Fn::GetAZs", "eu-south-2"));
    }

    @Test
    void conditionFunctionsNestInTheLongForm() {
        Map<String, Object> conditions = fixture.section("Conditions");

        Map<String, Object> isDev = Map.of("Fn::Equals", List.of(Map.of("Ref", "Stage"), "dev"));
        Map<String, Object> notProd = Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", "Stage"), "prod"))));
        assertThat(conditions.get("IsDev")).isEqualTo(isDev);
        assertThat(conditions.get("NotProd")).isEqualTo(notProd);
        assertThat(conditions.get("Both")).isEqualTo(Map.of("Fn::And", List.of(Map.of("Condition", "IsDev"), Map.of("Condition", "NotProd"))));
        assertThat(conditions.get("Either")).isEqualTo(Map.of("Fn::Or", List.of(Map.of("Condition", "IsDev"), Map.of("Condition", "NotProd"))));
    }

    @Test
    void globalsAreMergedIntoEachFunctionWithTheFunctionWinning() {
        SamFunction echo = fixture.function("EchoFunction");

        assertThat(echo.handlerClass()).isEqualTo("example.EchoHandler");
        assertThat(echo.codeUri()).isEqualTo("functions/echo");
        assertThat(echo.timeoutSeconds()).isEqualTo(20);
        assertThat(echo.memoryMb()).isEqualTo(1024);
        assertThat(echo.environment()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ORDERS_TABLE", "OrdersTable",
                "STAGE", "dev",
                "OVERRIDDEN", "from-function",
                "GREETING", "hello",
                "RETRIES", "3"));

        SamFunction plain = fixture.function("PlainFunction");
        assertThat(plain.memoryMb()).isEqualTo(512);
        assertThat(plain.environment()).containsEntry("OVERRIDDEN", "from-globals");
    }

    @Test
    void aParameterValuePassedInReplacesItsDefault() {
        SamTemplate prod = fixture.withParameters(Map.of("Stage", "prod"));

        assertThat(prod.function("PlainFunction").environment()).containsEntry("STAGE", "prod");
    }

    @Test
    void httpApiEventsBecomeRoutesWithTheirApiAndFunction() {
        assertThat(fixture.httpRoutes()).containsExactly(
                new HttpRoute("POST", "/echo/{name}", "EchoFunction", "Api"),
                new HttpRoute("GET", "/plain", "PlainFunction", "ServerlessHttpApi"));
        assertThat(fixture.httpRoutes().getFirst().routeKey()).isEqualTo("POST /echo/{name}");
        assertThat(fixture.httpApis()).containsExactly("Api");
    }

    @Test
    void scheduleAndScheduleV2EventsAreListedWithTheirExpressions() {
        assertThat(fixture.schedules()).containsExactly(
                new Schedule("EchoFunction", "Tick", "rate(5 minutes)"),
                new Schedule("EchoFunction", "Nightly", "cron(0 3 * * ? *)"));
    }

    @Test
    void dynamoDbEventsAreReadWithTheirTableAndLambdasDefaultsForWhatTheyOmit() {
        assertThat(fixture.streamEventSources()).containsExactly(
                new StreamEventSource("StreamFunction", "Orders", "OrdersTable", "TRIM_HORIZON", 25, 2,
                        List.of("{\"eventName\":[\"INSERT\"]}", "{\"eventName\":[\"MODIFY\"]}"),
                        true, true, 3, 600, Optional.of("OrdersFailures")),
                new StreamEventSource("StreamFunction", "Everything", "OrdersTable", "LATEST", 100, 0,
                        List.of(), false, false, -1, -1, Optional.empty()));
        assertThat(fixture.streamEventSources().getFirst().id()).isEqualTo("StreamFunction.Orders");
    }

    @Test
    void aStreamThatIsNotATablesStreamArnCannotRunLocally(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  Consumer:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Consumer
                      Events:
                        Elsewhere:
                          Type: DynamoDB
                          Properties:
                            Stream: arn:aws:dynamodb:eu-south-2:123456789012:table/Other/stream/2026-01-01T00:00:00.000
                """);

        assertThatThrownBy(() -> SamTemplate.load(file).streamEventSources())
                .hasMessageContaining("Consumer").hasMessageContaining("Elsewhere").hasMessageContaining("StreamArn");
    }

    @Test
    void aRefToAnEventBusIsItsNameOrItsLogicalIdWhenTheNameIsComputed() {
        assertThat(fixture.function("StreamFunction").environment())
                .containsEntry("BUS", "orders-bus")
                .containsEntry("OTHER_BUS", "StackNamedBus");
        assertThat(fixture.eventBuses()).containsExactly("orders-bus", "StackNamedBus");
    }

    @Test
    void aParameterWithoutDefaultOrValueIsAnErrorNamingFunctionAndVariable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Parameters:
                  ApiKey:
                    Type: String
                Resources:
                  KeyedFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Keyed
                      Environment:
                        Variables:
                          API_KEY: !Ref ApiKey
                """);

        assertThatThrownBy(() -> SamTemplate.load(file).functions())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KeyedFunction")
                .hasMessageContaining("API_KEY")
                .hasMessageContaining("ApiKey");
        assertThat(SamTemplate.load(file).withParameters(Map.of("ApiKey", "k")).function("KeyedFunction").environment())
                .containsEntry("API_KEY", "k");
    }

    @Test
    void aRefToAResourceThatIsNotATableCannotBeResolvedLocally(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("template.yaml");
        Files.writeString(file, """
                Resources:
                  Queue:
                    Type: AWS::SQS::Queue
                  QueuedFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.Queued
                      Environment:
                        Variables:
                          QUEUE_URL: !Ref Queue
                          QUEUE_ARN: !GetAtt Queue.Arn
                """);

        assertThatThrownBy(() -> SamTemplate.load(file).functions())
                .hasMessageContaining("QueuedFunction")
                .hasMessageContaining("QUEUE_URL");
    }

    @Test
    void locatingWalksUpToTheFirstFolderWithATemplate(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b/c"));
        Files.writeString(dir.resolve("a/template.yaml"), "Resources: {}\n");

        assertThat(SamTemplate.locateFrom(nested)).isEqualTo(dir.resolve("a/template.yaml"));
    }
}
