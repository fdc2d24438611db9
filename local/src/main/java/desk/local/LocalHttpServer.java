package desk.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP API on loopback: every request goes through the {@link LocalApiGateway}, except
 * {@code GET /openapi.yaml}, the API contract ({@code docs/openapi.yaml} beside the template), and
 * {@code GET /openapi.html}, the same rendered for people, and the web form with its local sign-in
 * ({@link LocalWebForm}: {@code /}, {@code /webform/*}, {@code /local/*}), which the local runtime
 * answers itself: they are no routes of the template and need no token.
 */
final class LocalHttpServer implements AutoCloseable {

    static final String OPENAPI_PATH = "/openapi.yaml";
    static final String OPENAPI_PAGE_PATH = "/openapi.html";
    private static final String OPENAPI_FILE = "docs/openapi.yaml";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final LocalApiGateway gateway;
    private final Path openApiDocument;
    private final LocalWebForm webForm;
    private final PrintStream log;

    private LocalHttpServer(HttpServer server, LocalApiGateway gateway, Path openApiDocument, LocalWebForm webForm,
                            PrintStream log) {
        this.server = server;
        this.gateway = gateway;
        this.openApiDocument = openApiDocument;
        this.webForm = webForm;
        this.log = log;
    }

    /**
     * Binds 127.0.0.1 only: the local API has no business being reachable from the network.
     * @param templateDirectory where {@value #OPENAPI_FILE} is looked for
     */
    static LocalHttpServer start(int port, LocalApiGateway gateway, Path templateDirectory, LocalWebForm webForm,
                                 PrintStream log) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            LocalHttpServer local = new LocalHttpServer(server, gateway, templateDirectory.resolve(OPENAPI_FILE), webForm, log);
            server.createContext("/", local::serve);
            server.setExecutor(local.executor);
            server.start();
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port + " (in use? try --port)", e);
        }
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    private void serve(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        APIGatewayV2HTTPResponse response;
        if (isStaticRequest(exchange, OPENAPI_PATH)) {
            response = openApiDocument(false);
        } else if (isStaticRequest(exchange, OPENAPI_PAGE_PATH)) {
            response = openApiDocument(true);
        } else if (LocalWebForm.owns(exchange.getRequestURI().getRawPath())) {
            response = webForm.answer(exchange);
        } else {
            response = gateway.handle(HttpExchanges.request(exchange));
        }
        HttpExchanges.respond(exchange, response);
        log.printf("%s %s -> %d (%d ms)%n", exchange.getRequestMethod(), exchange.getRequestURI(),
                response.getStatusCode(), (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean isStaticRequest(HttpExchange exchange, String path) {
        String method = exchange.getRequestMethod();
        return (method.equals("GET") || method.equals("HEAD")) && path.equals(exchange.getRequestURI().getRawPath());
    }

    /** The document as it is on disk now, so an edit shows without a restart; as YAML, or as the HTML page. */
    private APIGatewayV2HTTPResponse openApiDocument(boolean asPage) {
        if (!Files.isRegularFile(openApiDocument)) {
            return LocalApiGateway.message(404, "Not Found");
        }
        try {
            String yaml = Files.readString(openApiDocument, StandardCharsets.UTF_8);
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(Map.of("content-type", asPage ? "text/html; charset=utf-8" : "application/yaml; charset=utf-8",
                            "cache-control", "no-store"))
                    .withBody(asPage ? OpenApiPage.render(yaml) : yaml)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + openApiDocument, e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
