package desk.local.bench;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The baseline, in a fresh JVM: build a bare SDK client and write one item, nothing else. */
public final class BarePutItemProbe {
    private BarePutItemProbe() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        DynamoDbClient client = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(args[0]))
                .region(Region.of("eu-south-2"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
        long t1 = System.nanoTime();
        String id = UUID.randomUUID().toString();
        client.putItem(put -> put.tableName(args[1]).item(Map.of(
                "pk", AttributeValue.fromS("BENCH#" + id), "sk", AttributeValue.fromS("BENCH"))));
        long t2 = System.nanoTime();
        ProbeReport.print((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        client.close();
    }
}
