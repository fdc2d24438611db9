package desk.handler.deduction;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import desk.account.Account;
import desk.api.testing.FunctionHarness;
import desk.bank.BankHolder;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.identity.Principal;
import desk.ticket.Ticket;
import desk.usecase.SettleHourBanks.OwedChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The handler, as Lambda calls it with a stream batch: owed changes are settled, other records
 * skipped, and the first record not settled (here a malformed one) goes back with every record
 * after it, as {@code ReportBatchItemFailures} expects of a stream.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class TheHandlerRetriesFromTheFirstUnsettledRecordTest {
    private static final Instant OPENED = Instant.parse("2026-11-23T09:00:00Z");
    private static FunctionHarness harness;
    private static BankWorld world;

    @BeforeAll
    static void start(LocalDesk desk) {
        harness = FunctionHarness.of(desk, "HourDeductionFunction");
        world = new BankWorld(harness);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void owed_changes_before_a_malformed_record_are_settled_and_it_and_every_record_after_it_are_retried() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 10, LocalDate.parse("2026-03-01"));
        Ticket first = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
        Ticket second = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
        world.engage(first, OPENED.plusSeconds(600));
        world.engage(second, OPENED.plusSeconds(700));
        OwedChange firstChange = world.owedChanges(first).getFirst();
        OwedChange secondChange = world.owedChanges(second).getFirst();
        DynamodbStreamRecord malformed = record("103", firstChange);
        malformed.getDynamodb().getNewImage().remove("detail");
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record("101", firstChange), other("102"), malformed, record("104", secondChange)));

        // The handler shares the harness's context, which the class closes after its tests.
        StreamsEventResponse response = new HourDeductionHandler(harness.context()).execute(event);

        assertThat(response.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("103", "104");
        assertThat(world.ledger(holder, 1)).singleElement().satisfies(entry -> assertThat(entry.ticketId()).isEqualTo(first.id()));
    }

    @Test
    void a_batch_settled_whole_reports_no_failures_and_its_redelivery_charges_nothing_again() {
        Account account = world.direct();
        BankHolder holder = new BankHolder.AccountHolder(account.id());
        world.contract(holder, 10, LocalDate.parse("2026-03-01"));
        Ticket ticket = world.question(new Principal.CustomerUser("ana", account.id()), account.id(), OPENED);
        world.engage(ticket, OPENED.plusSeconds(600));
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(other("201"), record("202", world.owedChanges(ticket).getFirst())));

        HourDeductionHandler handler = new HourDeductionHandler(harness.context());
        assertThat(handler.execute(event).getBatchItemFailures()).isEmpty();
        assertThat(handler.execute(event).getBatchItemFailures()).isEmpty();

        assertThat(world.bank(holder, 1).usedMinutes()).isEqualTo(15);
    }

    /** The INSERT of a "Ticket Owed Changed" announcement item, as the stream carries it. */
    private static DynamodbStreamRecord record(String sequenceNumber, OwedChange change) {
        String sk = "EVENT#%010d".formatted(change.sequence());
        Map<String, AttributeValue> detail = new java.util.HashMap<>(Map.of(
                "eventId", s(change.ticketId() + "/" + change.sequence()), "ticketId", s(change.ticketId()),
                "sequence", n(change.sequence()), "occurredAt", s(change.occurredAt().toString()),
                "fromMinutes", n(0), "toMinutes", n(change.toMinutes()), "reason", s(change.reason().name())));
        Map<String, AttributeValue> image = new java.util.HashMap<>(Map.of(
                "pk", s("TICKET#" + change.ticketId()), "sk", s(sk), "entity", s("ANNOUNCEMENT"),
                "eventId", s(change.ticketId() + "/" + change.sequence()), "source", s("desk.tickets"),
                "detailType", s("Ticket Owed Changed"), "ticketId", s(change.ticketId()), "sequence", n(change.sequence()),
                "occurredAt", s(change.occurredAt().toString()), "detail", new AttributeValue().withM(detail)));
        return insert(sequenceNumber, Map.of("pk", s("TICKET#" + change.ticketId()), "sk", s(sk)), image);
    }

    /** Another announcement: not the deduction's. */
    private static DynamodbStreamRecord other(String sequenceNumber) {
        Map<String, AttributeValue> keys = Map.of("pk", s("TICKET#x"), "sk", s("EVENT#0000000001"));
        Map<String, AttributeValue> image = new java.util.HashMap<>(keys);
        image.put("detailType", s("Ticket Received"));
        return insert(sequenceNumber, keys, image);
    }

    private static DynamodbStreamRecord insert(String sequenceNumber, Map<String, AttributeValue> keys,
                                               Map<String, AttributeValue> image) {
        StreamRecord stream = new StreamRecord();
        stream.setKeys(keys);
        stream.setNewImage(image);
        stream.setSequenceNumber(sequenceNumber);
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setEventName("INSERT");
        record.setEventSource("aws:dynamodb");
        record.setDynamodb(stream);
        return record;
    }

    private static AttributeValue s(String text) {
        return new AttributeValue().withS(text);
    }

    private static AttributeValue n(long number) {
        return new AttributeValue().withN(Long.toString(number));
    }
}
