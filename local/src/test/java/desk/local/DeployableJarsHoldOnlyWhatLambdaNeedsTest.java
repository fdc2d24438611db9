package desk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import desk.devkit.SamFunction;
import desk.devkit.SamTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each function's CodeUri jar (built by {@code mvn verify} before this module's tests run) holds
 * its handler and the URL-connection client, and none of the Apache (4 or 5) or Netty HTTP clients
 * nor DynamoDB Local: each SDK service artifact pulls the Apache clients in, test scope DynamoDB Local.
 */
class DeployableJarsHoldOnlyWhatLambdaNeedsTest {
    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    static Stream<SamFunction> functions() {
        return TEMPLATE.functions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void the_jar_holds_the_handler_and_no_unwanted_http_client(SamFunction function) throws IOException {
        Path jar = TEMPLATE.file().toAbsolutePath().getParent().resolve(function.codeUri());
        assumeTrue(Files.isRegularFile(jar), jar + " is built by the package phase: run mvn verify");

        List<String> entries;
        try (JarFile file = new JarFile(jar.toFile())) {
            entries = file.stream().map(entry -> entry.getName()).toList();
        }

        assertThat(entries).contains(function.handlerClass().replace('.', '/') + ".class",
                "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class");
        assertThat(entries).noneMatch(name -> name.startsWith("software/amazon/awssdk/http/apache/")
                || name.startsWith("software/amazon/awssdk/http/apache5/")
                || name.startsWith("org/apache/hc/")
                || name.startsWith("software/amazon/awssdk/http/nio/netty/")
                || name.startsWith("io/netty/")
                || name.startsWith("org/apache/http/")
                || name.startsWith("com/amazonaws/services/dynamodbv2/local/")
                || name.startsWith("software/amazon/dynamodb/"));
    }
}
