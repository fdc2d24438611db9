package desk.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import desk.devkit.LocalAws;
import desk.s3server.S3ServerMain;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The local S3: S3Proxy, a real server speaking the S3 API, in a JVM of its own (its Jackson and
 * AWS SDK clash with the project's), started with this JVM's java binary and the classpath the
 * {@code local-s3-server} module resolved. It binds 127.0.0.1 only, with S3Proxy's authorization
 * off (nothing beyond this machine reaches it, and any signature is accepted as the local
 * credentials are). Objects are kept under a folder across restarts ({@code filesystem-nio2}) or in
 * memory ({@code transient-nio2}). It ends with this process: on {@link #close()}, and when this
 * process dies, since the server exits when the pipe to its standard input closes.
 *
 * <p>Clients reach it with path-style addressing ({@code http://127.0.0.1:<port>/<bucket>/<key>}):
 * there is no DNS for virtual-hosted bucket names locally.
 */
final class LocalS3 implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "META-INF/desk/s3proxy.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process; // null when borrowed
    private final URI endpoint;
    private final S3Client client;
    private final Optional<Path> dataDir;

    private LocalS3(Process process, URI endpoint, S3Client client, Optional<Path> dataDir) {
        this.process = process;
        this.endpoint = endpoint;
        this.client = client;
        this.dataDir = dataDir;
    }

    /** The local S3 another process ({@code desk run}) serves on the port, which this process only borrows. */
    static LocalS3 borrow(int port, PrintStream log) {
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        log.printf("Using the local S3 already listening on port %d%n", port);
        return new LocalS3(null, endpoint, client(endpoint), Optional.empty());
    }

    /** Borrows the one listening on {@code port}, if any; else starts one on a free port. */
    static LocalS3 reuseOrStart(int port, Optional<Path> dataDir, Path logFile, PrintStream log) {
        return isListening(port) ? borrow(port, log) : start(0, dataDir, logFile, log);
    }

    /**
     * @param port    0 for a free port
     * @param dataDir where objects are kept across restarts; empty keeps them in memory
     * @param logFile where the server's own output goes
     */
    static LocalS3 start(int port, Optional<Path> dataDir, Path logFile, PrintStream log) {
        if (port != 0 && isListening(port)) {
            throw new UsageException("Port " + port + " is already in use (another desk run?): choose another with --s3-port");
        }
        int chosen = port == 0 ? freePort() : port;
        URI endpoint = URI.create("http://127.0.0.1:" + chosen);
        Process process = launch(endpoint, dataDir, logFile);
        try {
            awaitListening(process, chosen, logFile);
        } catch (RuntimeException e) {
            stop(process);
            throw e;
        }
        log.printf("S3 (local, S3Proxy) on %s (%s)%n", endpoint, dataDir.map(d -> "objects in " + d).orElse("in memory"));
        return new LocalS3(process, endpoint, client(endpoint), dataDir);
    }

    /** An SDK client of the local S3, as the functions build theirs (path-style, the local identity). */
    static S3Client client(URI endpoint) {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .region(LocalAws.REGION)
                .credentialsProvider(LocalAws.CREDENTIALS)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .build();
    }

    URI endpoint() {
        return endpoint;
    }

    S3Client client() {
        return client;
    }

    Optional<Path> dataDir() {
        return dataDir;
    }

    /** Creates the buckets that do not exist yet. */
    void createBuckets(Collection<String> names, PrintStream log) {
        for (String name : names) {
            try {
                client.createBucket(b -> b.bucket(name));
                log.printf("created bucket %s%n", name);
            } catch (BucketAlreadyOwnedByYouException e) {
                // Kept from an earlier run.
            }
        }
    }

    /** Stores an object and answers what S3 answers: its ETag (without quotes) and size. */
    StoredObject put(String bucket, String key, byte[] body, String contentType) {
        PutObjectResponse response = client.putObject(b -> b.bucket(bucket).key(key).contentType(contentType)
                .contentLength((long) body.length), RequestBody.fromBytes(body));
        return new StoredObject(bucket, key, body.length, response.eTag().replace("\"", ""));
    }

    /** An object as S3 describes it in its notifications. */
    record StoredObject(String bucket, String key, long size, String eTag) {
    }

    private static Process launch(URI endpoint, Optional<Path> dataDir, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Path config = Files.createTempDirectory("desk-s3");
            config.toFile().deleteOnExit();
            Path properties = config.resolve("s3proxy.properties");
            List<String> lines = new ArrayList<>(List.of(
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=none",
                    "jclouds.identity=" + LocalAws.CREDENTIALS.resolveCredentials().accessKeyId(),
                    "jclouds.credential=" + LocalAws.CREDENTIALS.resolveCredentials().secretAccessKey(),
                    "jclouds.region=" + LocalAws.REGION.id()));
            if (dataDir.isPresent()) {
                Files.createDirectories(dataDir.get());
                lines.add("jclouds.provider=filesystem-nio2");
                lines.add("jclouds.filesystem.basedir=" + dataDir.get().toAbsolutePath());
            } else {
                lines.add("jclouds.provider=transient-nio2");
            }
            Files.write(properties, lines, StandardCharsets.UTF_8);
            Path logback = config.resolve("logback.xml");
            Files.writeString(logback, """
                    <configuration>
                      <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n</pattern></encoder>
                      </appender>
                      <root level="WARN"><appender-ref ref="OUT"/></root>
                    </configuration>
                    """);
            properties.toFile().deleteOnExit();
            logback.toFile().deleteOnExit();
            String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            ProcessBuilder builder = new ProcessBuilder(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-Dlogback.configurationFile=" + logback, "-cp", classpath(), S3ServerMain.class.getName(),
                    "--properties", properties.toString());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.redirectErrorStream(true);
            // Standard input stays a pipe: the server exits when it closes, that is when this process ends.
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local S3 (S3Proxy)", e);
        }
    }

    /** S3Proxy's classpath as resolved at build time, and the launcher's own jar or folder. */
    private static String classpath() {
        try (InputStream in = S3ServerMain.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + CLASSPATH_RESOURCE + " on the classpath: build local/s3-server (mvn package)");
            }
            String resolved = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            Path launcher = Path.of(S3ServerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return launcher + java.io.File.pathSeparator + resolved;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CLASSPATH_RESOURCE, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitListening(Process process, int port, Path logFile) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The local S3 (S3Proxy) exited with status " + process.exitValue()
                        + " while starting; see " + logFile);
            }
            if (isListening(port)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the local S3 started", e);
            }
        }
        throw new IllegalStateException("The local S3 (S3Proxy) did not listen on port " + port + " within "
                + START_TIMEOUT.toSeconds() + " s; see " + logFile);
    }

    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1 for the local S3", e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Stops the server if this process started it. */
    @Override
    public void close() {
        client.close();
        if (process != null) {
            stop(process);
        }
    }
}
