package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import desk.devkit.LocalDynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LocalSchedulerTest {

    @Test
    void aRateScheduleInvokesItsFunctionWithAScheduledEventOfNow(@TempDir Path dir) throws InterruptedException {
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Instant started = Instant.now();
        // rate(1 minute) sped up 600 times: every 100 ms.
        try (DeskServer server = DeskServer.start(FixtureTemplate.in(dir), new DatabaseOptions(0, true, null), 0, false,
                600, Clock.systemUTC(), new PrintStream(logged, true, StandardCharsets.UTF_8));
             var dynamo = LocalDynamoDbClient.connect(server.runtime().database().endpoint())) {

            List<Map<String, AttributeValue>> ticks = List.of();
            for (int i = 0; i < 150 && ticks.isEmpty(); i++) {
                Thread.sleep(100);
                ticks = dynamo.scan(r -> r.tableName("EchoTable")).items().stream()
                        .filter(item -> item.get("pk").s().startsWith("TICK#"))
                        .toList();
            }

            assertThat(ticks).isNotEmpty();
            Map<String, AttributeValue> tick = ticks.getFirst();
            assertThat(tick.get("detailType").s()).isEqualTo("Scheduled Event");
            assertThat(tick.get("function").s()).isEqualTo("TickFunction");
            assertThat(Instant.parse(tick.get("time").s())).isBetween(started, Instant.now());
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("schedule rate(1 minute) -> TickFunction every PT1M");
        assertThat(log).contains("Schedule Nightly of TickFunction not started").contains("cron(0 3 * * ? *)");
    }

    @Test
    void rateExpressionsReadMinutesHoursAndDays() {
        assertThat(RateExpression.parse("rate(1 minute)").period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(RateExpression.parse("rate(5 minutes)").period()).isEqualTo(Duration.ofMinutes(5));
        assertThat(RateExpression.parse("rate(2 hours)").period()).isEqualTo(Duration.ofHours(2));
        assertThat(RateExpression.parse("rate(1 day)").period()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void cronAndMalformedRatesAreRefusedWithTheReason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RateExpression.parse("cron(0 3 * * ? *)"))
                .hasMessageContaining("only rate(");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RateExpression.parse("rate(1 minutes)"))
                .hasMessageContaining("singular");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RateExpression.parse("rate(0 minutes)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
