package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.OperationType;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;

/**
 * The events other local event sources hand to {@code LocalFunctions.invoke} reach the handler
 * through JSON, as in Lambda: what a handler reads must survive the trip, and the JSON the cloud
 * delivers must read in full.
 */
class LambdaEventsSurviveTheJsonRoundTripTest {

    private final EventJson json = new EventJson();

    @Test
    void a_dynamodb_stream_event_survives_the_json_round_trip() {
        DynamodbEvent event = streamEvent(new StreamRecord()
                .withApproximateCreationDateTime(Date.from(Instant.parse("2026-03-02T09:15:00Z")))
                .withKeys(Map.of("pk", s("TICKET#t-1"), "sk", s("A")))
                .withOldImage(Map.of("pk", s("TICKET#t-1"), "version", new AttributeValue().withN("2")))
                .withNewImage(Map.of(
                        "pk", s("TICKET#t-1"),
                        "version", new AttributeValue().withN("3"),
                        "blob", new AttributeValue().withB(ByteBuffer.wrap(new byte[] {1, 2, 3})),
                        "open", new AttributeValue().withBOOL(true),
                        "tags", new AttributeValue().withSS("a", "b"),
                        "minutes", new AttributeValue().withNS("15", "30"),
                        "gone", new AttributeValue().withNULL(true),
                        "nested", new AttributeValue().withM(Map.of("x", new AttributeValue().withL(s("1"), s("2"))))))
                .withSequenceNumber("13021600000000001596893679")
                .withSizeBytes(112L)
                .withStreamViewType(StreamViewType.NEW_AND_OLD_IMAGES));

        DynamodbEvent received = json.read(json.write(event), DynamodbEvent.class);

        assertThat(received).isNotSameAs(event).isEqualTo(event);
        StreamRecord change = received.getRecords().getFirst().getDynamodb();
        assertThat(change.getStreamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
        assertThat(change.getApproximateCreationDateTime()).isEqualTo(Date.from(Instant.parse("2026-03-02T09:15:00Z")));
        assertThat(change.getNewImage().get("blob").getB()).isEqualTo(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        assertThat(received.getRecords().getFirst().getUserIdentity().getPrincipalId()).isEqualTo("dynamodb.amazonaws.com");
    }

    @Test
    void a_dynamodb_stream_event_as_lambda_delivers_it_is_read_in_full() {
        DynamodbEvent event = json.read("""
                {"Records": [{
                  "eventID": "7de3041dd709b024af6f29e4fa13d34c", "eventName": "MODIFY", "eventVersion": "1.1",
                  "eventSource": "aws:dynamodb", "awsRegion": "eu-south-2",
                  "dynamodb": {
                    "ApproximateCreationDateTime": 1479499740,
                    "Keys": {"pk": {"S": "TICKET#t-1"}, "sk": {"S": "A"}},
                    "NewImage": {"pk": {"S": "TICKET#t-1"}, "version": {"N": "3"}},
                    "OldImage": {"pk": {"S": "TICKET#t-1"}, "version": {"N": "2"}},
                    "SequenceNumber": "13021600000000001596893679", "SizeBytes": 112,
                    "StreamViewType": "NEW_AND_OLD_IMAGES"
                  },
                  "eventSourceARN": "arn:aws:dynamodb:eu-south-2:123456789012:table/DeskTable/stream/2016-11-16T20:42:48.104"
                }]}""", DynamodbEvent.class);

        DynamodbEvent.DynamodbStreamRecord record = event.getRecords().getFirst();
        assertThat(record.getEventName()).isEqualTo("MODIFY");
        assertThat(record.getEventSourceARN()).endsWith("table/DeskTable/stream/2016-11-16T20:42:48.104");
        StreamRecord change = record.getDynamodb();
        assertThat(change.getApproximateCreationDateTime()).isEqualTo(Date.from(Instant.ofEpochSecond(1479499740)));
        assertThat(change.getKeys()).containsEntry("pk", s("TICKET#t-1")).containsEntry("sk", s("A"));
        assertThat(change.getNewImage().get("version").getN()).isEqualTo("3");
        assertThat(change.getOldImage().get("version").getN()).isEqualTo("2");
        assertThat(change.getSequenceNumber()).isEqualTo("13021600000000001596893679");
        assertThat(change.getSizeBytes()).isEqualTo(112L);
        assertThat(change.getStreamViewType()).isEqualTo("NEW_AND_OLD_IMAGES");
    }

    @Test
    void a_scheduled_event_survives_the_json_round_trip() {
        ScheduledEvent event = new ScheduledEvent()
                .withVersion("0").withId("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa")
                .withDetailType("Scheduled Event").withSource("aws.events")
                .withAccount("123456789012").withRegion("eu-south-2")
                .withTime(new DateTime(2026, 3, 2, 9, 15, DateTimeZone.UTC))
                .withResources(List.of("arn:aws:events:eu-south-2:123456789012:rule/SweepFunction-EveryMinute"))
                .withDetail(Map.of());

        ScheduledEvent received = json.read(json.write(event), ScheduledEvent.class);

        assertThat(received).isNotSameAs(event).isEqualTo(event);
        assertThat(received.getTime().getMillis()).isEqualTo(event.getTime().getMillis());
        assertThat(received.getDetail()).isEmpty();
    }

    @Test
    void a_scheduled_event_as_eventbridge_delivers_it_is_read_in_full() {
        ScheduledEvent event = json.read("""
                {"version": "0", "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa", "detail-type": "Scheduled Event",
                 "source": "aws.events", "account": "123456789012", "time": "2026-03-02T09:15:00Z",
                 "region": "eu-south-2", "resources": ["arn:aws:events:eu-south-2:123456789012:rule/my-rule"],
                 "detail": {}}""", ScheduledEvent.class);

        assertThat(event.getDetailType()).isEqualTo("Scheduled Event");
        assertThat(event.getTime().getMillis()).isEqualTo(Instant.parse("2026-03-02T09:15:00Z").toEpochMilli());
        assertThat(event.getResources()).containsExactly("arn:aws:events:eu-south-2:123456789012:rule/my-rule");
        assertThat(event.getDetail()).isEmpty();
    }

    private static DynamodbEvent streamEvent(StreamRecord change) {
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventID("7de3041dd709b024af6f29e4fa13d34c");
        record.setEventName(OperationType.MODIFY);
        record.setEventVersion("1.1");
        record.setEventSource("aws:dynamodb");
        record.setAwsRegion("eu-south-2");
        record.setEventSourceARN("arn:aws:dynamodb:eu-south-2:123456789012:table/DeskTable/stream/2026-03-01T00:00:00.000");
        record.setUserIdentity(new Identity().withType("Service").withPrincipalId("dynamodb.amazonaws.com"));
        record.setDynamodb(change);
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record));
        return event;
    }

    private static AttributeValue s(String value) {
        return new AttributeValue().withS(value);
    }
}
