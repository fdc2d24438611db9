package desk.devkit;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/**
 * Creates the template's DynamoDB tables as declared (keys, indexes with their projections,
 * billing mode, stream, TTL), named by logical id. Tables that already exist are left alone, so
 * it is safe on every start of a persistent DynamoDB Local.
 */
public final class TemplateTables {

    private TemplateTables() {
    }

    /** @return the local names of the tables this call created (not those already there) */
    public static List<String> createAll(DynamoDbClient dynamo, SamTemplate template) {
        return template.tables().stream()
                .filter(table -> !exists(dynamo, table.localName()))
                .map(table -> create(dynamo, table))
                .toList();
    }

    private static boolean exists(DynamoDbClient dynamo, String name) {
        try {
            dynamo.describeTable(r -> r.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static String create(DynamoDbClient dynamo, TableDefinition table) {
        Map<String, Object> p = table.properties();
        boolean onDemand = "PAY_PER_REQUEST".equals(p.get("BillingMode"));
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(table.localName())
                .attributeDefinitions(list(p.get("AttributeDefinitions")).stream()
                        .map(d -> AttributeDefinition.builder()
                                .attributeName(text(d, "AttributeName"))
                                .attributeType(text(d, "AttributeType"))
                                .build())
                        .toList())
                .keySchema(keySchema(p.get("KeySchema")));
        if (onDemand) {
            request.billingMode(BillingMode.PAY_PER_REQUEST);
        } else {
            request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(throughput(p.get("ProvisionedThroughput")));
        }
        List<Map<String, Object>> globalIndexes = list(p.get("GlobalSecondaryIndexes"));
        if (!globalIndexes.isEmpty()) {
            request.globalSecondaryIndexes(globalIndexes.stream().map(index -> {
                GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder()
                        .indexName(text(index, "IndexName"))
                        .keySchema(keySchema(index.get("KeySchema")))
                        .projection(projection(index.get("Projection")));
                if (!onDemand) {
                    gsi.provisionedThroughput(throughput(index.get("ProvisionedThroughput")));
                }
                return gsi.build();
            }).toList());
        }
        List<Map<String, Object>> localIndexes = list(p.get("LocalSecondaryIndexes"));
        if (!localIndexes.isEmpty()) {
            request.localSecondaryIndexes(localIndexes.stream().map(index -> LocalSecondaryIndex.builder()
                    .indexName(text(index, "IndexName"))
                    .keySchema(keySchema(index.get("KeySchema")))
                    .projection(projection(index.get("Projection")))
                    .build()).toList());
        }
        if (p.get("StreamSpecification") instanceof Map<?, ?> stream) {
            request.streamSpecification(StreamSpecification.builder()
                    .streamEnabled(true)
                    .streamViewType(String.valueOf(stream.get("StreamViewType")))
                    .build());
        }
        dynamo.createTable(request.build());
        dynamo.waiter().waitUntilTableExists(r -> r.tableName(table.localName()));

        if (p.get("TimeToLiveSpecification") instanceof Map<?, ?> ttl && Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
            dynamo.updateTimeToLive(r -> r.tableName(table.localName())
                    .timeToLiveSpecification(TimeToLiveSpecification.builder()
                            .attributeName(String.valueOf(ttl.get("AttributeName")))
                            .enabled(true)
                            .build()));
        }
        return table.localName();
    }

    private static List<KeySchemaElement> keySchema(Object declared) {
        return list(declared).stream()
                .map(k -> KeySchemaElement.builder()
                        .attributeName(text(k, "AttributeName"))
                        .keyType(text(k, "KeyType"))
                        .build())
                .toList();
    }

    private static Projection projection(Object declared) {
        Map<String, Object> p = map(declared);
        Projection.Builder projection = Projection.builder()
                .projectionType(p.containsKey("ProjectionType") ? text(p, "ProjectionType") : "KEYS_ONLY");
        List<?> nonKey = p.get("NonKeyAttributes") instanceof List<?> l ? l : List.of();
        if (!nonKey.isEmpty()) {
            projection.nonKeyAttributes(nonKey.stream().map(String::valueOf).toList());
        }
        return projection.build();
    }

    private static ProvisionedThroughput throughput(Object declared) {
        Map<String, Object> t = map(declared);
        return ProvisionedThroughput.builder()
                .readCapacityUnits(Long.parseLong(String.valueOf(t.getOrDefault("ReadCapacityUnits", 5))))
                .writeCapacityUnits(Long.parseLong(String.valueOf(t.getOrDefault("WriteCapacityUnits", 5))))
                .build();
    }

    private static String text(Map<String, Object> map, String key) {
        return String.valueOf(map.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
