package desk.mime;

import desk.mail.MailReading;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints how many messages per second one thread reads: a generated 1 MB message with an HTML
 * alternative and three attachments, and a 10 kB plain one. Warms up, then times rounds and
 * reports the median round. A main class, not a test: timings belong in a report, not in a build
 * that fails on a busy machine.
 *
 * <p>Arguments (optional): rounds (default 10), then messages per round for the 1 MB message
 * (default 20) and for the 10 kB one (default 1,000).
 */
public final class MailReadingBenchmark {

    private MailReadingBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int largePerRound = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int smallPerRound = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        MimeMailReader reader = Corpus.reader();
        byte[] large = Messages.withAttachments(3, 250_000);
        byte[] small = Messages.plain(10_000);
        requireRead(reader, large);
        requireRead(reader, small);

        report("1 MB with attachments", large, reader, rounds, largePerRound);
        report("10 kB plain", small, reader, rounds, smallPerRound);
    }

    private static void report(String name, byte[] message, MimeMailReader reader, int rounds, int perRound) {
        for (int i = 0; i < rounds; i++) {
            round(reader, message, perRound);
        }
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            rates[i] = perRound / (round(reader, message, perRound) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%-22s %,9d bytes  median %,10.1f messages/s  (%,.1f MB/s; min %,.1f, max %,.1f over %d rounds of %d)%n",
                name, message.length, rates[rounds / 2], rates[rounds / 2] * message.length / 1e6, rates[0], rates[rounds - 1], rounds, perRound);
    }

    private static long round(MimeMailReader reader, byte[] message, int count) {
        long start = System.nanoTime();
        int read = 0;
        for (int i = 0; i < count; i++) {
            if (reader.read(message) instanceof MailReading.Read) {
                read++;
            }
        }
        long elapsed = System.nanoTime() - start;
        if (read != count) {
            throw new IllegalStateException("a benchmark message was rejected");
        }
        return elapsed;
    }

    private static void requireRead(MimeMailReader reader, byte[] message) {
        if (!(reader.read(message) instanceof MailReading.Read)) {
            throw new IllegalStateException("the benchmark message is not read: " + reader.read(message));
        }
    }
}
