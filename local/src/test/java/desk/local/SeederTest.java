package desk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import desk.devkit.LocalDynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class SeederTest {

    @Test
    void theSeedDataIsTheSevenDemoBodiesPartnersFirst() {
        List<SeedData.Item> items = SeedData.load();

        assertThat(items).extracting(SeedData.Item::path).containsExactly(
                "/partners/demo-solution-partner", "/partners/demo-technology-partner",
                "/accounts/demo-enterprise", "/accounts/demo-indirect", "/accounts/demo-premium-seasonal",
                "/accounts/demo-premium", "/accounts/demo-starter");
        assertThat(items.get(4).body()).isEqualTo(
                "{\"name\":\"Demo Premium Seasonal\",\"plan\":\"PREMIUM\",\"contract\":\"DIRECT\",\"calendarId\":\"es-madrid-seasonal\",\"successManagerId\":\"csm-marta\"}");
        assertThat(items.get(5).body()).isEqualTo(
                "{\"name\":\"Demo Premium\",\"plan\":\"PREMIUM\",\"contract\":\"DIRECT\",\"calendarId\":\"es-madrid\",\"successManagerId\":\"csm-marta\","
                        + "\"mailDomains\":[\"premium-customer.example\"]}");
    }

    @Test
    void seedingPutsEveryBodyThroughTheApiAsAnAdmin(@TempDir Path dir) {
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (DeskServer server = DeskServer.start(FixtureTemplate.in(dir), new DatabaseOptions(0, true, null), 0, true,
                1, Clock.systemUTC(), new PrintStream(logged, true, StandardCharsets.UTF_8));
             var dynamo = LocalDynamoDbClient.connect(server.runtime().database().endpoint())) {

            for (SeedData.Item item : SeedData.load()) {
                var stored = dynamo.getItem(r -> r.tableName("EchoTable").key(Map.of("pk", AttributeValue.fromS(item.path()))));
                assertThat(stored.item().get("body").s()).isEqualTo(item.body());
            }
        }
        assertThat(logged.toString(StandardCharsets.UTF_8)).contains("seeded PUT /accounts/demo-indirect -> 204");
    }

    @Test
    void aRefusedSeedRequestStopsWithTheResponse(@TempDir Path dir) {
        try (DeskServer server = DeskServer.start(FixtureTemplate.in(dir), new DatabaseOptions(0, true, null), 0, false,
                1, Clock.systemUTC(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            var seeder = new Seeder(server.runtime().gateway(), server.runtime().tokens(), System.err);

            assertThatThrownBy(() -> seeder.seed(List.of(new SeedData.Item("tickets", "t-1", "{}"))))
                    .isInstanceOf(Seeder.SeedFailure.class)
                    .hasMessageContaining("no PUT /tickets/{id} route");
        }
    }
}
