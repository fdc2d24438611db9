package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.nimbusds.jwt.SignedJWT;

import desk.devkit.DynamoDbLocal;

class DeskLauncherTest {

    @TempDir
    Path dir;

    /** Runs the launcher's main in its own JVM, as ./desk does, so stdout is exactly what a user sees. */
    private record Run(int status, String stdout, String stderr) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), DeskLauncher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("stdout.txt")), Files.readString(dir.resolve("stderr.txt")));
    }

    @Test
    void invokePrintsOnlyTheHandlersResponseAsJson() throws Exception {
        FixtureTemplate.in(dir);
        Path event = dir.resolve("event.json");
        Files.writeString(event, """
                {"version":"2.0","routeKey":"POST /echo/{name}","rawPath":"/echo/file","rawQueryString":"",
                 "headers":{"content-type":"application/json"},"pathParameters":{"name":"file"},
                 "body":"{\\"from\\":\\"file\\"}","isBase64Encoded":false,
                 "requestContext":{"routeKey":"POST /echo/{name}","stage":"$default","timeEpoch":1700000000000,
                   "http":{"method":"POST","path":"/echo/file"}}}
                """);

        Run run = launch("invoke", "EchoFunction", "--event", event.toString(), "--template", dir.resolve("template.yaml").toString(),
                "--in-memory", "--db-port", Integer.toString(freePort()));

        assertThat(run.status()).as(run.stderr()).isZero();
        assertThat(run.stdout().lines().toList()).hasSize(1);
        EventJson json = new EventJson();
        APIGatewayV2HTTPResponse response = json.read(run.stdout(), APIGatewayV2HTTPResponse.class);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("x-stored", "yes");
        APIGatewayV2HTTPEvent echoed = json.read(response.getBody(), APIGatewayV2HTTPEvent.class);
        assertThat(echoed.getPathParameters()).containsEntry("name", "file");
        assertThat(echoed.getBody()).isEqualTo("{\"from\":\"file\"}");
        assertThat(run.stderr()).contains("DynamoDB Local").contains("START RequestId");
    }

    @Test
    void invokeUsesTheDynamoDbLocalAlreadyListeningOnTheDbPort() throws Exception {
        FixtureTemplate.in(dir);
        Path event = dir.resolve("event.json");
        Files.writeString(event, "{\"rawPath\":\"/echo/shared\",\"body\":\"via-run\",\"headers\":{}}");
        try (DynamoDbLocal running = DynamoDbLocal.inMemory()) {
            Run run = launch("invoke", "EchoFunction", "--event", event.toString(),
                    "--template", dir.resolve("template.yaml").toString(), "--db-port", Integer.toString(running.port()));

            assertThat(run.status()).as(run.stderr()).isZero();
            assertThat(run.stderr()).contains("already listening on port " + running.port());
            assertThat(running.client().getItem(r -> r.tableName("EchoTable").key(java.util.Map.of("pk",
                    software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("/echo/shared")))).item().get("body").s())
                    .isEqualTo("via-run");
        }
    }

    @Test
    void tokenPrintsAJwtWithTheGivenClaimsOnly() throws Exception {
        FixtureTemplate.in(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new DeskLauncher(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC())
                .run(List.of("token", "--role", "customer", "--account", "acc-9", "--ttl", "30",
                        "--template", dir.resolve("template.yaml").toString()));

        assertThat(status).isZero();
        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("https://desk.local/issuer");
        assertThat(claims.getAudience()).containsExactly("desk-local");
        assertThat(claims.getStringClaim("role")).isEqualTo("customer");
        assertThat(claims.getStringClaim("account_id")).isEqualTo("acc-9");
        assertThat(claims.getClaims()).doesNotContainKey("partner_id");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(30 * 60_000L);
        assertThat(dir.resolve(".local/jwt").resolve(LocalSigningKey.FILE_NAME)).exists();
    }

    @Test
    void anUnknownRoleOrCommandIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DeskLauncher launcher = new DeskLauncher(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());

        assertThat(launcher.run(List.of("token", "--role", "root"))).isEqualTo(2);
        assertThat(launcher.run(List.of("deploy"))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--role must be one of").contains("Unknown command deploy");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
