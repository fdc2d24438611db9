package desk.devkit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * The fixed identity of the local "account". The persistence code uses the same region and
 * credentials when {@code desk.dynamodb.endpoint} is set; with {@code -sharedDb} DynamoDB Local
 * ignores them for table lookup anyway, but the SDK still needs some.
 */
public final class LocalAws {

    public static final Region REGION = Region.of("eu-south-2");
    public static final String ACCOUNT_ID = "123456789012";
    public static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private LocalAws() {
    }
}
