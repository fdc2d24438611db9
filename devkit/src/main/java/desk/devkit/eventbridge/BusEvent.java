package desk.devkit.eventbridge;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import desk.devkit.LocalAws;

/**
 * An event the local bus accepted, in the envelope EventBridge hands to rules and targets.
 *
 * @param bus    the bus it was put on (not part of the envelope, as in EventBridge)
 * @param detail the entry's detail, parsed: the envelope carries it as an object, not as text
 */
public record BusEvent(String bus, String id, String source, String detailType, Instant time, List<String> resources,
                       JsonNode detail) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public BusEvent {
        time = time.truncatedTo(ChronoUnit.SECONDS);
        resources = List.copyOf(resources);
    }

    /** The envelope: version, id, detail-type, source, account, time, region, resources, detail. */
    public ObjectNode envelope() {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "0");
        envelope.put("id", id);
        envelope.put("detail-type", detailType);
        envelope.put("source", source);
        envelope.put("account", LocalAws.ACCOUNT_ID);
        envelope.put("time", DateTimeFormatter.ISO_INSTANT.format(time));
        envelope.put("region", LocalAws.REGION.id());
        ArrayNode resourceArns = envelope.putArray("resources");
        resources.forEach(resourceArns::add);
        envelope.set("detail", detail);
        return envelope;
    }

    /** The envelope as one line of JSON. */
    public String envelopeJson() {
        return envelope().toString();
    }
}
