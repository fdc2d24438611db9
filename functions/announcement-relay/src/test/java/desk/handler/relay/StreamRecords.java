package desk.handler.relay;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;

/** Stream records as Lambda delivers them from the desk table, built the way the outbox writes its items. */
final class StreamRecords {

    static final String TICKET = "0b6f3c1e-5d2a-4c8e-9f47-2a1d8e6b7c90";
    private static final String STREAM_ARN = "arn:aws:dynamodb:eu-south-2:123456789012:table/DeskTable/stream/2026-11-23T09:00:00.000";

    private StreamRecords() {
    }

    static DynamodbEvent event(DynamodbStreamRecord... records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(records));
        return event;
    }

    /** The INSERT of announcement {@code sequence} of the test ticket, with a small detail. */
    static DynamodbStreamRecord announcement(int sequence) {
        return announcement(sequence, Map.of("note", s("announcement " + sequence)));
    }

    static DynamodbStreamRecord announcement(int sequence, Map<String, AttributeValue> extraDetail) {
        return insert(announcementItem(sequence, extraDetail));
    }

    static Map<String, AttributeValue> announcementItem(int sequence, Map<String, AttributeValue> extraDetail) {
        String eventId = TICKET + "/" + sequence;
        String occurredAt = "2026-11-27T16:%02d:00Z".formatted(30 + sequence % 30);
        Map<String, AttributeValue> detail = new LinkedHashMap<>();
        detail.put("eventId", s(eventId));
        detail.put("ticketId", s(TICKET));
        detail.put("sequence", n(Integer.toString(sequence)));
        detail.put("occurredAt", s(occurredAt));
        detail.putAll(extraDetail);
        Map<String, AttributeValue> item = new LinkedHashMap<>(keys(sequence));
        item.put("entity", s("ANNOUNCEMENT"));
        item.put("eventId", s(eventId));
        item.put("source", s("desk.tickets"));
        item.put("detailType", s("Ticket Received"));
        item.put("ticketId", s(TICKET));
        item.put("sequence", n(Integer.toString(sequence)));
        item.put("occurredAt", s(occurredAt));
        item.put("audience", s("STAFF"));
        item.put("detail", new AttributeValue().withM(detail));
        item.put("expiresAt", n("1796401800"));
        return item;
    }

    static DynamodbStreamRecord insert(Map<String, AttributeValue> item) {
        return record("INSERT", item, null);
    }

    /** The TTL job deleting an announcement: a REMOVE by DynamoDB's service principal, old image only. */
    static DynamodbStreamRecord ttlDeletion(int sequence) {
        DynamodbStreamRecord record = record("REMOVE", null, announcementItem(sequence, Map.of()));
        Identity identity = new Identity();
        identity.setType("Service");
        identity.setPrincipalId("dynamodb.amazonaws.com");
        record.setUserIdentity(identity);
        return record;
    }

    static DynamodbStreamRecord modify(Map<String, AttributeValue> before, Map<String, AttributeValue> after) {
        return record("MODIFY", after, before);
    }

    static Map<String, AttributeValue> ticketItem() {
        return Map.of("pk", s("TICKET#" + TICKET), "sk", s("TICKET"), "status", s("OPEN"));
    }

    static Map<String, AttributeValue> keys(int sequence) {
        return Map.of("pk", s("TICKET#" + TICKET), "sk", s("EVENT#%010d".formatted(sequence)));
    }

    /** Stream sequence numbers grow with every record, as in a shard. */
    private static long sequenceNumbers = 17_450_439_000L;

    private static synchronized DynamodbStreamRecord record(String name, Map<String, AttributeValue> newImage,
                                                            Map<String, AttributeValue> oldImage) {
        Map<String, AttributeValue> image = newImage != null ? newImage : oldImage;
        StreamRecord stream = new StreamRecord();
        stream.setKeys(Map.of("pk", image.get("pk"), "sk", image.get("sk")));
        stream.setNewImage(newImage);
        stream.setOldImage(oldImage);
        stream.setSequenceNumber("442158450000000" + (++sequenceNumbers));
        stream.setSizeBytes(512L);
        stream.setApproximateCreationDateTime(new Date(1_795_797_000_000L));
        stream.setStreamViewType(StreamViewType.NEW_AND_OLD_IMAGES);
        DynamodbStreamRecord record = new DynamodbStreamRecord();
        record.setEventID(Long.toHexString(sequenceNumbers));
        record.setEventName(name);
        record.setEventVersion("1.1");
        record.setEventSource("aws:dynamodb");
        record.setAwsRegion("eu-south-2");
        record.setEventSourceARN(STREAM_ARN);
        record.setDynamodb(stream);
        return record;
    }

    static AttributeValue s(String text) {
        return new AttributeValue().withS(text);
    }

    static AttributeValue n(String number) {
        return new AttributeValue().withN(number);
    }
}
