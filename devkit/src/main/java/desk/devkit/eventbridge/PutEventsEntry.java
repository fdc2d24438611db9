package desk.devkit.eventbridge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One entry of a {@code PutEvents} request as the SDK sent it; any field may be missing (null).
 *
 * @param detail the {@code Detail} text, which EventBridge requires to be a JSON object
 */
public record PutEventsEntry(String source, String detailType, String detail, Instant time, String eventBusName,
                             List<String> resources) {

    public PutEventsEntry {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /**
     * The size EventBridge counts against its 256 KB request limit: 14 bytes for a time, then the
     * UTF-8 bytes of source, detail type, detail and each resource (the bus name is not counted).
     */
    public int size() {
        int size = time == null ? 0 : 14;
        size += utf8(source) + utf8(detailType) + utf8(detail);
        for (String resource : resources) {
            size += utf8(resource);
        }
        return size;
    }

    private static int utf8(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
