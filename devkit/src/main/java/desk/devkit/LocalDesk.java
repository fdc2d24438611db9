package desk.devkit;

import java.net.URI;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a test gets from {@link desk.devkit.junit.LocalDynamoDbExtension}: a running DynamoDB Local
 * holding the template's tables, and the properties a function's context needs to reach it.
 */
public record LocalDesk(DynamoDbClient client, URI endpoint, SamTemplate template) {

    /** The local name of a table declared in the template (its logical id). */
    public String tableName(String logicalId) {
        return template.tables().stream()
                .filter(t -> t.logicalId().equals(logicalId))
                .findFirst()
                .map(TableDefinition::localName)
                .orElseThrow(() -> new IllegalArgumentException("No AWS::DynamoDB::Table " + logicalId + " in " + template.file()));
    }

    /** Properties for {@code ApplicationContext.builder().properties(...)} of that function. */
    public Map<String, Object> functionProperties(String functionLogicalId) {
        return FunctionProperties.of(template, functionLogicalId, endpoint);
    }
}
