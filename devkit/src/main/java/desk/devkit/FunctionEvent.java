package desk.devkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One entry of a function's {@code Events}: its name, {@code Type} and raw {@code Properties}. */
public record FunctionEvent(String name, String type, Map<String, Object> properties) {

    public FunctionEvent {
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
