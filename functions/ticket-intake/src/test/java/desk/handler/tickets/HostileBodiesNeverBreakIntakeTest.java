package desk.handler.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import desk.account.Account;
import desk.account.Contract;
import desk.account.Plan;
import desk.api.testing.FunctionHarness;
import desk.devkit.LocalDesk;
import desk.devkit.junit.LocalDynamoDbExtension;
import desk.store.AccountStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input gets a clear 4xx, never a server error: seeded random bodies (valid fields with wrong
 * types, unknown fields, junk, truncated and nested JSON, odd unicode) against the real handler.
 * Every answer is JSON; a refusal names a code and, for 422, at least one field.
 */
@ExtendWith(LocalDynamoDbExtension.class)
class HostileBodiesNeverBreakIntakeTest {
    private static final List<String> FIELDS = List.of("accountId", "channel", "kind", "severity", "category", "subject",
            "description", "affectedAccount", "steps", "expectedResult", "agreedDirectContact", "unknown", "__proto__", "");
    private static final List<String> WORDS = List.of("INCIDENT", "QUESTION", "ACCOUNT_REQUEST", "CRITICAL", "MAJOR",
            "MINOR", "WEB", "CHAT", "EMAIL", "INTEGRATION", "CUSTOM_MODIFICATION", "demo-enterprise", "demo-premium",
            "", " ", "\u0000", "ñandú ✓ \uD83D\uDE00", "<script>alert(1)</script>", "' OR 1=1 --", "x".repeat(300));
    private static FunctionHarness intake;
    private static OpenTicketHandler handler;

    @BeforeAll
    static void start(LocalDesk desk) {
        intake = FunctionHarness.of(desk, "OpenTicketFunction");
        handler = new OpenTicketHandler(intake.context());
        intake.bean(AccountStore.class).put(new Account("demo-enterprise", "Demo Enterprise", Plan.ENTERPRISE,
                Contract.DIRECT, Optional.empty(), List.of(), "es-madrid"));
    }

    @AfterAll
    static void stop() {
        intake.close();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void random_bodies_get_201_or_a_named_4xx_never_a_server_error(long seed) {
        Random random = new Random(seed);
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 60; i++) {
            String body = body(random);
            APIGatewayV2HTTPEvent event = intake.event("open-ticket.json");
            event.setBody(body);
            Map<String, String> headers = new HashMap<>(event.getHeaders());
            headers.put("idempotency-key", "hostile-" + seed + "-" + i);
            event.setHeaders(headers);

            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

            String context = "seed " + seed + " case " + i + " body " + body;
            assertThat(response.getStatusCode()).as(context).isIn(201, 400, 404, 413, 422);
            Map<String, Object> answer = intake.body(response);
            if (response.getStatusCode() != 201) {
                assertThat(answer).as(context).containsKeys("error", "message", "fields");
            }
            if (response.getStatusCode() == 422) {
                assertThat((List<?>) answer.get("fields")).as(context).isNotEmpty();
            }
            seen.add(response.getStatusCode());
        }
        // The mix reaches both acceptance and refusal, so neither path goes untested.
        assertThat(seen).as("statuses seen for seed " + seed).contains(201, 400, 422);
    }

    private static String body(Random random) {
        return switch (random.nextInt(7)) {
            case 6 -> validWithOneFieldReplaced(random);
            case 0 -> "{" + "\"kind\":".repeat(random.nextInt(3)) + "}".repeat(random.nextInt(2));
            case 1 -> "[".repeat(1 + random.nextInt(200)) + "]".repeat(random.nextInt(200));
            case 2 -> String.valueOf(random.nextInt());
            default -> object(random, 0);
        };
    }

    /** A valid question with one field given a random value: mostly accepted, sometimes refused. */
    private static String validWithOneFieldReplaced(Random random) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of(
                "kind", quote("QUESTION"), "subject", quote("Export"), "description", quote("Which setting?")));
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        if (!field.equals("kind")) {
            fields.put(field, random.nextBoolean() ? quote(WORDS.get(random.nextInt(WORDS.size()))) : value(random, 2));
        }
        return fields.entrySet().stream().map(e -> quote(e.getKey()) + ":" + e.getValue())
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    private static String object(Random random, int depth) {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(8);
        for (int f = 0; f < fields; f++) {
            if (f > 0) {
                json.append(',');
            }
            json.append(quote(FIELDS.get(random.nextInt(FIELDS.size())))).append(':').append(value(random, depth));
        }
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 2 ? 5 : 7)) {
            case 0 -> "null";
            case 1 -> Boolean.toString(random.nextBoolean());
            case 2 -> Double.toString(random.nextGaussian() * 1e6);
            case 3, 4 -> quote(WORDS.get(random.nextInt(WORDS.size())));
            case 5 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
            default -> object(random, depth + 1);
        };
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
