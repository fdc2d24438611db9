package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.DynamoDbLocal;
import desk.devkit.SamTemplate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code ./desk invoke} with no {@code ./desk run} up starts its own DynamoDB Local, and before
 * it exits relays what the invocation announced, as the table's stream and the relay function
 * would in the cloud: the announcements reach the events file once each, and the next invoke on
 * the same data goes on from where the last one stopped. The template is template.yaml, copied
 * into a temporary folder so that its {@code .local/} lands there.
 */
class InvokeRelaysWhatItAnnouncedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @TempDir
    Path dir;

    private record Run(int status, String stdout, String stderr) {
    }

    @Test
    void each_invoke_leaves_its_announcements_in_the_events_file_once_and_the_next_repeats_none_of_them() throws Exception {
        Path template = dir.resolve("template.yaml");
        Files.copy(TEMPLATE.file(), template);
        Path firstForm = event("first.json", "form-first");
        Path secondForm = event("second.json", "form-second");
        Path events = dir.resolve(".local/events.jsonl");

        Run first = invoke(template, firstForm, "--seed");

        assertThat(first.status()).as(first.stderr()).isZero();
        String firstTicket = ticketOpened(first);
        List<String> afterFirst = eventIds(events);
        assertThat(afterFirst).as("events after the first invoke").doesNotHaveDuplicates().contains(firstTicket + "/1");

        Run second = invoke(template, secondForm);

        assertThat(second.status()).as(second.stderr()).isZero();
        String secondTicket = ticketOpened(second);
        List<String> afterSecond = eventIds(events);
        assertThat(afterSecond).as("events after the second invoke").doesNotHaveDuplicates()
                .startsWith(afterFirst.toArray(String[]::new)).contains(secondTicket + "/1");
        assertThat(afterSecond.subList(afterFirst.size(), afterSecond.size())).allMatch(id -> id.startsWith(secondTicket + "/"));
        assertThat(afterSecond).containsExactlyInAnyOrderElementsOf(outbox());
        assertThat(dir.resolve(".local/relay-failures.jsonl")).doesNotExist();
    }

    /** The sample web form under another Idempotency-Key: each opens a ticket of its own. */
    private Path event(String name, String idempotencyKey) throws IOException {
        String sample = Files.readString(TEMPLATE.directory().resolve("events/open-ticket.json"));
        assertThat(sample).contains("\"form-7d1c2e\"");
        Path file = dir.resolve(name);
        Files.writeString(file, sample.replace("\"form-7d1c2e\"", "\"" + idempotencyKey + "\""));
        return file;
    }

    /** Only the response on standard output, as always: the relaying is logged on standard error. */
    private static String ticketOpened(Run run) {
        assertThat(run.stdout().lines().toList()).as(run.stderr()).hasSize(1);
        APIGatewayV2HTTPResponse response = new EventJson().read(run.stdout(), APIGatewayV2HTTPResponse.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        return response.getHeaders().get("Location").substring("/tickets/".length());
    }

    /** The eventId of every announcement item kept in DeskTable's data. */
    private List<String> outbox() {
        try (DynamoDbLocal dynamo = DynamoDbLocal.persistent(dir.resolve("dynamodb"), freePort())) {
            return dynamo.client().scanPaginator(r -> r.tableName("DeskTable")
                            .filterExpression("entity = :announcement")
                            .expressionAttributeValues(Map.of(":announcement", AttributeValue.fromS("ANNOUNCEMENT"))))
                    .items().stream().map(item -> item.get("eventId").s()).toList();
        }
    }

    /** Runs the launcher's main in its own JVM, as ./desk does, on data under the temporary folder. */
    private Run invoke(Path template, Path event, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), DeskLauncher.class.getName(),
                "invoke", "OpenTicketFunction", "--event", event.toString(), "--template", template.toString(),
                // A free port: never borrow the DynamoDB Local of a ./desk run on this machine.
                "--db-port", Integer.toString(freePort()), "--data-dir", dir.resolve("dynamodb").toString()));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("stdout.txt")), Files.readString(dir.resolve("stderr.txt")));
    }

    private static List<String> eventIds(Path events) throws IOException {
        if (!Files.exists(events)) {
            return List.of();
        }
        return Files.readAllLines(events).stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map((JsonNode e) -> e.at("/detail/eventId").asText()).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
