package desk.devkit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Micronaut properties a function would see in Lambda, for an {@code ApplicationContext}
 * started by hand: each environment variable under the name Micronaut derives from it
 * ({@code DESK_TABLE_NAME} becomes {@code desk.table.name}), plus {@code desk.dynamodb.endpoint},
 * which makes the persistence code talk to DynamoDB Local with the local credentials and region.
 */
public final class FunctionProperties {

    public static final String DYNAMODB_ENDPOINT = "desk.dynamodb.endpoint";

    private FunctionProperties() {
    }

    public static Map<String, Object> of(SamTemplate template, String functionLogicalId, URI dynamoEndpoint) {
        Map<String, Object> properties = new LinkedHashMap<>();
        template.function(functionLogicalId).environment()
                .forEach((name, value) -> properties.put(propertyName(name), value));
        properties.put(DYNAMODB_ENDPOINT, dynamoEndpoint.toString());
        return properties;
    }

    static String propertyName(String environmentVariable) {
        return environmentVariable.toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
