package desk.handler.deduction;

import static org.assertj.core.api.Assertions.assertThat;

import desk.account.Account;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.ticket.OwedReason;
import desk.ticket.Ticket;
import desk.usecase.SettleHourBanks.OwedChange;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * docs/events.md shows a sample of each bank announcement (events/published/): the outbox items
 * the deduction writes, as the relay publishes them (source, detail-type, detail), carry exactly
 * the sample's detail fields.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class BankAnnouncementsMatchTheirSamplesTest {
    private static final Instant AT = Instant.parse("2026-11-30T08:20:00Z");

    @Test
    void hours_charged_refunded_bank_low_and_bank_exhausted_carry_the_fields_of_their_samples(LocalDesk desk) throws IOException {
        try (FunctionHarness harness = FunctionHarness.of(desk, "HourDeductionFunction")) {
            BankWorld world = new BankWorld(harness);
            Account account = world.direct();
            BankHolder holder = new BankHolder.AccountHolder(account.id());
            world.contract(holder, 1, LocalDate.parse("2026-03-01"));
            Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), AT);
            world.deduction().settle(List.of(
                    new OwedChange(ticket.id(), 2, AT, 75, OwedReason.WORK_LOGGED),
                    new OwedChange(ticket.id(), 3, AT.plusSeconds(60), 0, OwedReason.RECLASSIFIED)));

            Map<String, Map<String, AttributeValue>> items = bankItems(harness, holder);
            Path samples = desk.template().file().toAbsolutePath().getParent().resolve("events/published");
            JsonMapper json = harness.bean(JsonMapper.class);
            for (String sample : List.of("hours-charged.json", "hours-refunded.json", "bank-low.json", "bank-exhausted.json")) {
                Map<String, Object> event = json.readValue(Files.readAllBytes(samples.resolve(sample)),
                        Argument.mapOf(String.class, Object.class));
                Map<String, AttributeValue> item = items.get((String) event.get("detail-type"));
                assertThat(item).as("an outbox item of type %s", event.get("detail-type")).isNotNull();
                assertThat(item.get("source").s()).isEqualTo(event.get("source"));
                @SuppressWarnings("unchecked")
                Map<String, Object> detail = (Map<String, Object>) event.get("detail");
                assertThat(item.get("detail").m().keySet()).as(sample).containsExactlyInAnyOrderElementsOf(detail.keySet());
            }
        }
    }

    /** The bank's announcement items by detail-type (the first of each type). */
    private static Map<String, Map<String, AttributeValue>> bankItems(FunctionHarness harness, BankHolder holder) {
        String table = harness.context().getProperty("desk.table.name", String.class).orElseThrow();
        Map<String, Map<String, AttributeValue>> byType = new java.util.LinkedHashMap<>();
        harness.bean(DynamoDbClient.class).queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :event)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("BANK#" + holder.key() + "#1"),
                                ":event", AttributeValue.fromS("EVENT#"))))
                .items().forEach(item -> byType.putIfAbsent(item.get("detailType").s(), item));
        return byType;
    }
}
