package desk.handler.emailintake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * S3Proxy (a real S3-speaking server, in memory) in a JVM of its own, on a free loopback port:
 * its self-contained jar is copied to {@code target/s3proxy/} by the build. Stopped on close.
 */
final class S3ProxyServer implements AutoCloseable {
    private static final Path JAR = Path.of("target/s3proxy/s3proxy.jar");

    private final Process process;
    private final URI endpoint;

    private S3ProxyServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static S3ProxyServer start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests through Maven, which copies it");
        }
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path dir = Files.createTempDirectory("s3proxy");
            Path properties = dir.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=none",
                    "jclouds.provider=transient-nio2",
                    "jclouds.identity=local",
                    "jclouds.credential=local",
                    "jclouds.filesystem.basedir=" + dir.resolve("data")));
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx256m", "-jar", JAR.toAbsolutePath().toString(),
                    "--properties", properties.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("s3proxy.log").toFile())
                    .start();
            S3ProxyServer server = new S3ProxyServer(process, URI.create("http://127.0.0.1:" + port));
            server.awaitPort(port, Duration.ofSeconds(30));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    private void awaitPort(int port, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with " + process.exitValue());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while S3Proxy started", e);
                }
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not listen on port " + port + " within " + patience);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
