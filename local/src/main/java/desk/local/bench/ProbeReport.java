package desk.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one line a probe prints: {@code PROBE init=<ms> first=<ms> peakRssKiB=<KiB>}. */
final class ProbeReport {
    private ProbeReport() {}

    static void print(long initMillis, long firstRequestMillis) {
        System.out.println("PROBE init=" + initMillis + " first=" + firstRequestMillis + " peakRssKiB=" + peakRssKiB());
    }

    /** VmHWM: the process's peak resident set so far (Linux). */
    static long peakRssKiB() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
