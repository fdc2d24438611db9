package desk.local;

import desk.devkit.SamFunction;
import desk.devkit.SamTemplate;
import desk.local.bench.BarePutItemProbe;
import desk.local.bench.HandlerColdStartProbe;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./desk bench-cold-start}: the intake function's cold start beside a bare SDK PutItem, in
 * the same run and interleaved, each in a fresh JVM with Lambda's flags. Prints medians of wall
 * time (process start to exit), the probe's own init and first-request times, and peak RSS, with
 * the handler-to-bare ratios the project's goal is stated in, and the deployable jar's size.
 */
final class ColdStartBenchmark {
    static final List<String> LAMBDA_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private record Sample(long wallMillis, long initMillis, long firstMillis, long peakRssKiB) {}

    private final SamTemplate template;
    private final PrintStream out;
    private final PrintStream log;

    ColdStartBenchmark(SamTemplate template, PrintStream out, PrintStream log) {
        this.template = template;
        this.out = out;
        this.log = log;
    }

    void run(String functionLogicalId, Path eventFile, int runs) {
        SamFunction function = template.findFunction(functionLogicalId)
                .orElseThrow(() -> new UsageException("No function " + functionLogicalId + " in " + template.file()));
        Path root = template.file().toAbsolutePath().getParent();
        Path jar = root.resolve(function.codeUri());
        if (!Files.isRegularFile(jar)) {
            throw new UsageException(jar + " is missing: build it with mvn -B -DskipTests package");
        }
        try (LocalDatabase database = LocalDatabase.start(0, true, null, log);
             DeskRuntime runtime = new DeskRuntime(template, database, Clock.systemUTC(), log)) {
            database.createTables(template, log);
            runtime.seed();
            String table = template.tables().getFirst().localName();
            Map<String, String> lambdaEnvironment = new HashMap<>(function.environment());
            lambdaEnvironment.put("DESK_DYNAMODB_ENDPOINT", database.endpoint().toString());
            lambdaEnvironment.put("AWS_REGION", "eu-south-2");
            String probeClasspath = String.join(File.pathSeparator, jar.toString(),
                    root.resolve("local/target/classes").toString(), eventsSerdeJar());

            List<Sample> bare = new ArrayList<>();
            List<Sample> handler = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                bare.add(probe(probeClasspath, Map.of(), BarePutItemProbe.class.getName(), database.endpoint().toString(), table));
                handler.add(probe(probeClasspath, lambdaEnvironment, HandlerColdStartProbe.class.getName(),
                        function.handlerClass(), eventFile.toAbsolutePath().toString()));
                log.printf("run %d/%d: bare %d ms, handler %d ms%n", i, runs, bare.getLast().wallMillis(), handler.getLast().wallMillis());
            }
            report(function, jar, runs, bare, handler);
        }
    }

    private void report(SamFunction function, Path jar, int runs, List<Sample> bare, List<Sample> handler) {
        out.printf("Cold start, %d interleaved runs, fresh JVMs (%s %s), DynamoDB Local on loopback%n",
                runs, Runtime.version(), String.join(" ", LAMBDA_FLAGS));
        out.printf("%-34s %12s %12s %8s%n", "median", "bare SDK", function.logicalId(), "ratio");
        row("wall, process start to exit (ms)", bare, handler, Sample::wallMillis);
        row("init: client / handler (ms)", bare, handler, Sample::initMillis);
        row("first request (ms)", bare, handler, Sample::firstMillis);
        row("peak RSS (MiB)", bare, handler, s -> s.peakRssKiB() / 1024);
        try {
            out.printf("deployable %s: %.1f MiB%n", jar.getFileName(), Files.size(jar) / 1024.0 / 1024.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(String label, List<Sample> bare, List<Sample> handler, java.util.function.ToLongFunction<Sample> metric) {
        long b = median(bare, metric);
        long h = median(handler, metric);
        out.printf("%-34s %12d %12d %8s%n", label, b, h, b == 0 ? "-" : String.format("%.2f", (double) h / b));
    }

    private static long median(List<Sample> samples, java.util.function.ToLongFunction<Sample> metric) {
        long[] values = samples.stream().mapToLong(metric).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private Sample probe(String classpath, Map<String, String> environment, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(LAMBDA_FLAGS);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            int status = process.waitFor();
            long wall = (System.nanoTime() - start) / 1_000_000;
            String line = output.lines().filter(l -> l.startsWith("PROBE ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(mainClass + " exited " + status + " without a report: " + output));
            Map<String, Long> values = Arrays.stream(line.substring(6).split(" "))
                    .map(pair -> pair.split("="))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> Long.parseLong(pair[1])));
            return new Sample(wall, values.get("init"), values.get("first"), values.get("peakRssKiB"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Only the probe needs the Lambda event serde (to read the sample event); the Lambda jar does not ship it. */
    private static String eventsSerdeJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("micronaut-aws-lambda-events-serde"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("micronaut-aws-lambda-events-serde is not on the classpath"));
    }
}
