package desk.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local 3.x in server mode inside this JVM. Always {@code -sharedDb}, so tables do not
 * depend on the caller's credentials or region, and {@code -disableTelemetry}. Close it: its
 * Jetty threads keep the JVM alive otherwise.
 */
public final class DynamoDbLocal implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;
    private DynamoDbClient client;
    private boolean closed;

    private DynamoDbLocal(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** In memory, on a free port. */
    public static DynamoDbLocal inMemory() {
        return inMemory(0);
    }

    /** In memory on {@code port}; 0 picks a free one. */
    public static DynamoDbLocal inMemory(int port) {
        return start(List.of("-inMemory"), port);
    }

    /** Data kept in {@code dataDir} (created if missing), on {@code port}; 0 picks a free one. */
    public static DynamoDbLocal persistent(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
        return start(List.of("-dbPath", dataDir.toAbsolutePath().toString()), port);
    }

    private static DynamoDbLocal start(List<String> storage, int requestedPort) {
        int port = requestedPort == 0 ? freePort() : requestedPort;
        List<String> args = new ArrayList<>(storage);
        args.addAll(List.of("-disableTelemetry", "-sharedDb", "-port", Integer.toString(port)));
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new DynamoDbLocal(server, port);
        } catch (Exception e) { // ParseException and Jetty's checked start-up failures
            throw new IllegalStateException("DynamoDB Local did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Whether something (presumably another process's DynamoDB Local) accepts connections on this loopback port. */
    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static URI endpointFor(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return endpointFor(port);
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
            server.stop();
        } catch (Exception e) { // Jetty's stop() declares Exception
            throw new IllegalStateException("DynamoDB Local on port " + port + " did not stop cleanly", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
