package desk.devkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code AWS::DynamoDB::Table} resource. Locally every table is named after its logical id
 * (whatever {@code TableName} says), so tests and the local runtime agree on names without a stack.
 */
public record TableDefinition(String logicalId, Map<String, Object> properties) {

    public TableDefinition {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public String localName() {
        return logicalId;
    }
}
