package desk.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The HTTP API on loopback: every request goes through the {@link LocalApiGateway}. */
final class LocalHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final LocalApiGateway gateway;
    private final PrintStream log;

    private LocalHttpServer(HttpServer server, LocalApiGateway gateway, PrintStream log) {
        this.server = server;
        this.gateway = gateway;
        this.log = log;
    }

    /** Binds 127.0.0.1 only: the local API has no business being reachable from the network. */
    static LocalHttpServer start(int port, LocalApiGateway gateway, PrintStream log) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            LocalHttpServer local = new LocalHttpServer(server, gateway, log);
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
        APIGatewayV2HTTPResponse response = gateway.handle(HttpExchanges.request(exchange));
        HttpExchanges.respond(exchange, response);
        log.printf("%s %s -> %d (%d ms)%n", exchange.getRequestMethod(), exchange.getRequestURI(),
                response.getStatusCode(), (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
