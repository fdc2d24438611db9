package desk.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.exceptions.DynamoDBLocalServiceException;
import software.amazon.dynamodb.services.local.server.AbstractLocalDynamoDBServerHandler;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBRequestHandler;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBServerHandler;

/**
 * DynamoDB Local 3.x in server mode inside this JVM, listening on 127.0.0.1 only: it has no
 * authentication. Always shared-db (tables do not depend on the caller's credentials or region)
 * and without telemetry. Close it: its Jetty threads keep the JVM alive otherwise.
 *
 * <p>DynamoDB Local's own start-up ({@code ServerRunner}, {@code DynamoDBProxyServer}) builds a
 * Jetty server on every interface and has no host option, so this builds the same handlers as
 * {@code ServerRunner.createServer} does and puts them behind a Jetty connector of its own.
 */
public final class DynamoDbLocal implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final Server jetty;
    private final ServerConnector connector;
    private final AbstractLocalDynamoDBServerHandler handler;
    private final int port;
    private DynamoDbClient client;
    private boolean closed;

    private DynamoDbLocal(Server jetty, ServerConnector connector, AbstractLocalDynamoDBServerHandler handler) {
        this.jetty = jetty;
        this.connector = connector;
        this.handler = handler;
        this.port = connector.getLocalPort();
    }

    /** In memory, on a free port. */
    public static DynamoDbLocal inMemory() {
        return inMemory(0);
    }

    /** In memory on {@code port}; 0 picks a free one. */
    public static DynamoDbLocal inMemory(int port) {
        return start(true, null, port);
    }

    /** Data kept in {@code dataDir} (created if missing), on {@code port}; 0 picks a free one. */
    public static DynamoDbLocal persistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
        return start(false, dataDir.toAbsolutePath().toString(), port);
    }

    private static DynamoDbLocal start(boolean inMemory, String dbPath, int port) {
        AbstractLocalDynamoDBServerHandler handler = handler(inMemory, dbPath);
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(LOOPBACK);
        connector.setPort(port);
        jetty.addConnector(connector);
        // The proxy server is only asked for its handler tree; its own Jetty server is never started.
        jetty.setHandler(new DynamoDBProxyServer(port, handler).setUpHandler(handler));
        try {
            jetty.start();
        } catch (Exception e) { // Jetty's start() declares Exception; a taken port is an IOException
            stopQuietly(jetty, handler);
            throw new IllegalStateException("DynamoDB Local did not start on " + LOOPBACK + ":" + port + ": " + e.getMessage(), e);
        }
        return new DynamoDbLocal(jetty, connector, handler);
    }

    /** What {@code ServerRunner.createServer} builds for {@code -sharedDb} without {@code -cors} or {@code -delayTransientStatuses}. */
    private static AbstractLocalDynamoDBServerHandler handler(boolean inMemory, String dbPath) {
        try {
            return new LocalDynamoDBServerHandler(new LocalDynamoDBRequestHandler(0, inMemory, dbPath, true, false), null);
        } catch (DynamoDBLocalServiceException e) {
            throw new IllegalStateException("DynamoDB Local cannot open its database"
                    + (dbPath == null ? "" : " in " + dbPath) + ": " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(Server jetty, AbstractLocalDynamoDBServerHandler handler) {
        try {
            jetty.stop();
        } catch (Exception ignored) { // already failing: the start-up error is the one to report
        }
        handler.close();
    }

    /** Whether something (presumably another process's DynamoDB Local) accepts connections on this loopback port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static URI endpointFor(int port) {
        return URI.create("http://" + LOOPBACK + ":" + port);
    }

    public int port() {
        return port;
    }

    /** The address the server socket is bound to, as the operating system reports it. */
    public InetSocketAddress boundAddress() {
        try {
            return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the address of DynamoDB Local's socket", e);
        }
    }

    public URI endpoint() {
        return endpointFor(port());
    }

    /** One shared client for this server (built on first use, closed with it). */
    public synchronized DynamoDbClient client() {
        if (client == null) {
            client = LocalDynamoDbClient.connect(endpoint());
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (client != null) {
            client.close();
        }
        try {
            jetty.stop();
        } catch (Exception e) { // Jetty's stop() declares Exception
            throw new IllegalStateException("DynamoDB Local on port " + port + " did not stop cleanly", e);
        } finally {
            handler.close();
        }
    }
}
