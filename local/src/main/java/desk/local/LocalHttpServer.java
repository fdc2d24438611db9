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
 * the web form with its local sign-in ({@link LocalWebForm}: {@code /}, {@code /webform/*},
 * {@code /local/*}), which the local runtime answers itself: they are no routes of the template and
 * need no token.
 */
final class LocalHttpServer implements AutoCloseable {

    static final String OPENAPI_PATH = "/openapi.yaml";
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
        if (isOpenApiRequest(exchange)) {
            response = openApiDocument();
        } else if (LocalWebForm.owns(exchange.getRequestURI().getRawPath())) {
            response = webForm.answer(exchange);
        } else {
            response = gateway.handle(HttpExchanges.request(exchange));
        }
        HttpExchanges.respond(exchange, response);
        log.printf("%s %s -> %d (%d ms)%n", exchange.getRequestMethod(), exchange.getRequestURI(),
                response.getStatusCode(), (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean isOpenApiRequest(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        return (method.equals("GET") || method.equals("HEAD")) && OPENAPI_PATH.equals(exchange.getRequestURI().getRawPath());
    }

    /** The document as it is on disk now, so an edit shows without a restart. */
    private APIGatewayV2HTTPResponse openApiDocument() {
        if (!Files.isRegularFile(openApiDocument)) {
            return LocalApiGateway.message(404, "Not Found");
        }
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(Map.of("content-type", "application/yaml; charset=utf-8", "cache-control", "no-store"))
                    .withBody(Files.readString(openApiDocument, StandardCharsets.UTF_8))
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
