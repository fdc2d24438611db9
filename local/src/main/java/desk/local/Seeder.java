package desk.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * Loads the demo data through the API itself ({@code PUT /partners/{id}}, then
 * {@code PUT /accounts/{id}}) as an admin, so seeding exercises the same validation and writes as
 * any client would.
 */
final class Seeder {

    private final LocalApiGateway gateway;
    private final TokenIssuer tokens;
    private final PrintStream log;

    Seeder(LocalApiGateway gateway, TokenIssuer tokens, PrintStream log) {
        this.gateway = gateway;
        this.tokens = tokens;
        this.log = log;
    }

    void seed(List<SeedData.Item> items) {
        String token = tokens.issue(new TokenRequest("admin", null, null, "local-seed", Duration.ofMinutes(10)));
        for (SeedData.Item item : items) {
            String routeKey = "PUT /" + item.collection() + "/{id}";
            if (gateway.routes().routes().stream().noneMatch(r -> r.routeKey().equals(routeKey))) {
                throw new SeedFailure("Cannot seed " + item.path() + ": the template has no " + routeKey + " route");
            }
            LocalHttpRequest request = new LocalHttpRequest("PUT", item.path(), "",
                    Map.of("Content-Type", List.of("application/json"),
                            "Authorization", List.of("Bearer " + token),
                            "User-Agent", List.of("desk-seed")),
                    item.body().getBytes(StandardCharsets.UTF_8), "HTTP/1.1", "127.0.0.1", "localhost");
            APIGatewayV2HTTPResponse response = gateway.handle(request);
            if (response.getStatusCode() < 200 || response.getStatusCode() > 299) {
                throw new SeedFailure("Seeding stopped: PUT " + item.path() + " answered " + response.getStatusCode()
                        + " " + response.getHeaders() + " " + response.getBody());
            }
            log.printf("seeded PUT %s -> %d%n", item.path(), response.getStatusCode());
        }
    }

    /** A seed request the API refused: the launcher prints it and stops. */
    static final class SeedFailure extends RuntimeException {
        SeedFailure(String message) {
            super(message);
        }
    }
}
