package desk.local.events;

import java.io.IOException;
import java.util.Date;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

/**
 * Reads a DynamoDB stream record's {@code dynamodb} object. The mixin that
 * {@code micronaut-aws-lambda-events-serde} imports declares {@code setStreamViewType(String)},
 * which {@link StreamRecord} lacks (its setter takes the enum), so serde silently drops
 * {@code StreamViewType}; Lambda's own Jackson reader keeps it. Only the local event JSON enables
 * this bean: the handlers' contexts must stay as they are in the cloud.
 */
@Singleton
@Requires(property = StreamRecordDeserializer.ENABLED, value = "true")
public final class StreamRecordDeserializer implements Deserializer<StreamRecord> {

    public static final String ENABLED = "desk.local.event-json";

    private static final Argument<Map<String, AttributeValue>> ATTRIBUTES = Argument.mapOf(String.class, AttributeValue.class);
    private static final Argument<Date> DATE = Argument.of(Date.class);

    @Override
    public StreamRecord deserialize(Decoder decoder, DecoderContext context, Argument<? super StreamRecord> type)
            throws IOException {
        StreamRecord record = new StreamRecord();
        Decoder object = decoder.decodeObject(type);
        for (String key = object.decodeKey(); key != null; key = object.decodeKey()) {
            switch (key) {
                case "ApproximateCreationDateTime" -> record.setApproximateCreationDateTime(read(object, context, DATE));
                case "Keys" -> record.setKeys(read(object, context, ATTRIBUTES));
                case "NewImage" -> record.setNewImage(read(object, context, ATTRIBUTES));
                case "OldImage" -> record.setOldImage(read(object, context, ATTRIBUTES));
                case "SequenceNumber" -> record.setSequenceNumber(object.decodeStringNullable());
                case "SizeBytes" -> record.setSizeBytes(object.decodeLongNullable());
                case "StreamViewType" -> {
                    String view = object.decodeStringNullable();
                    record.setStreamViewType(view == null ? null : StreamViewType.fromValue(view));
                }
                default -> object.skipValue();
            }
        }
        object.finishStructure();
        return record;
    }

    /** The value with serde's own deserializer for the type (its date and attribute value rules). */
    private static <T> T read(Decoder decoder, DecoderContext context, Argument<T> type) throws IOException {
        return context.findDeserializer(type).createSpecific(context, type).deserializeNullable(decoder, context, type);
    }
}
