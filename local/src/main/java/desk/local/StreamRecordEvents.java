package desk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * DynamoDB Streams records (as {@code GetRecords} returns them) turned into the {@link DynamodbEvent}
 * Lambda hands a stream consumer: each record as the stream gave it, plus {@code eventSourceARN}.
 */
final class StreamRecordEvents {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private final String streamArn;
    private final EventJson json;

    StreamRecordEvents(String streamArn, EventJson json) {
        this.streamArn = streamArn;
        this.json = json;
    }

    DynamodbEvent event(List<Record> records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records.stream().map(this::lambdaRecord).toList());
        return event;
    }

    /** The record's JSON as Lambda's filters see it ({@code eventName}, {@code dynamodb.Keys.sk.S}...). */
    JsonNode filterView(Record record) {
        return filterView(lambdaRecord(record), json);
    }

    static JsonNode filterView(DynamodbStreamRecord record, EventJson json) {
        try {
            return JACKSON.readTree(json.write(record));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back the JSON of stream record " + record.getEventID(), e);
        }
    }

    DynamodbStreamRecord lambdaRecord(Record record) {
        var sdk = record.dynamodb();
        StreamRecord stream = new StreamRecord();
        stream.setKeys(attributes(sdk.keys()));
        stream.setNewImage(sdk.hasNewImage() ? attributes(sdk.newImage()) : null);
        stream.setOldImage(sdk.hasOldImage() ? attributes(sdk.oldImage()) : null);
        stream.setSequenceNumber(sdk.sequenceNumber());
        stream.setSizeBytes(sdk.sizeBytes());
        stream.setApproximateCreationDateTime(sdk.approximateCreationDateTime() == null ? null
                : Date.from(sdk.approximateCreationDateTime()));
        if (sdk.streamViewTypeAsString() != null) {
            stream.setStreamViewType(StreamViewType.fromValue(sdk.streamViewTypeAsString()));
        }
        DynamodbStreamRecord lambda = new DynamodbStreamRecord();
        lambda.setEventID(record.eventID());
        lambda.setEventName(record.eventNameAsString());
        lambda.setEventVersion(record.eventVersion());
        lambda.setEventSource(record.eventSource());
        lambda.setAwsRegion(record.awsRegion());
        lambda.setEventSourceARN(streamArn);
        lambda.setDynamodb(stream);
        if (record.userIdentity() != null) { // set for TTL deletions: the DynamoDB service principal
            Identity identity = new Identity();
            identity.setPrincipalId(record.userIdentity().principalId());
            identity.setType(record.userIdentity().type());
            lambda.setUserIdentity(identity);
        }
        return lambda;
    }

    private static Map<String, AttributeValue> attributes(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> sdk) {
        Map<String, AttributeValue> converted = new LinkedHashMap<>();
        sdk.forEach((name, value) -> converted.put(name, attribute(value)));
        return converted;
    }

    static AttributeValue attribute(software.amazon.awssdk.services.dynamodb.model.AttributeValue value) {
        AttributeValue converted = new AttributeValue();
        switch (value.type()) {
            case S -> converted.setS(value.s());
            case N -> converted.setN(value.n());
            case B -> converted.setB(value.b().asByteBuffer());
            case SS -> converted.setSS(value.ss());
            case NS -> converted.setNS(value.ns());
            case BS -> converted.setBS(value.bs().stream().map(b -> b.asByteBuffer()).toList());
            case M -> converted.setM(attributes(value.m()));
            case L -> converted.setL(value.l().stream().map(StreamRecordEvents::attribute).toList());
            case NUL -> converted.setNULL(value.nul());
            case BOOL -> converted.setBOOL(value.bool());
            case UNKNOWN_TO_SDK_VERSION -> throw new IllegalArgumentException("Attribute of a type this SDK does not know: " + value);
        }
        return converted;
    }
}
