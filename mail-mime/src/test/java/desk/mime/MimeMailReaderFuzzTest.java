package desk.mime;

import static org.assertj.core.api.Assertions.assertThat;

import desk.mail.MailReading;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: whatever bytes arrive, reading gives a mail or a rejection with a reason: no exception
 * escapes and memory stays bounded. Each seed mutates a corpus message (byte flips, truncation,
 * duplicated and huge headers, deep nesting, random boundaries, inserted garbage) the same way on
 * every run.
 */
class MimeMailReaderFuzzTest {
    private static final MimeMailReader READER = Corpus.reader();
    /** Generous: the largest mutated message here is a few MB; reading it allocates a few times that. */
    private static final long ALLOCATION_BOUND = 96L * 1024 * 1024;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_mutated_message_is_read_or_rejected_within_bounded_memory(long seed) {
        Random random = new Random(seed);
        String file = Corpus.FILES.get(random.nextInt(Corpus.FILES.size()));
        byte[] message = Corpus.bytes(file);
        List<String> mutations = new ArrayList<>();
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            message = mutation.apply(message, random);
            mutations.add(mutation.name());
        }
        long before = MimeMailReaderLimitsTest.allocatedBytes();

        MailReading reading = READER.read(message);

        long allocated = MimeMailReaderLimitsTest.allocatedBytes() - before;
        assertThat(reading).as("%s after %s", file, mutations).isNotNull();
        if (reading instanceof MailReading.Rejected rejected) {
            assertThat(rejected.reason()).isNotBlank();
        }
        assertThat(allocated).as("bytes allocated reading %s after %s (%d bytes)", file, mutations, message.length)
                .isLessThan(ALLOCATION_BOUND);
    }

    enum Mutation {
        FLIP_BYTES {
            @Override
            byte[] apply(byte[] message, Random random) {
                byte[] copy = message.clone();
                int flips = 1 + random.nextInt(Math.max(1, copy.length / 50));
                for (int i = 0; i < flips && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] message, Random random) {
                return java.util.Arrays.copyOf(message, random.nextInt(message.length + 1));
            }
        },
        DUPLICATE_HEADER {
            @Override
            byte[] apply(byte[] message, Random random) {
                String text = latin1(message);
                int end = text.indexOf('\n', random.nextInt(Math.max(1, Math.min(text.length(), 400))));
                if (end < 0) {
                    return message;
                }
                int start = text.lastIndexOf('\n', end - 1) + 1;
                String line = text.substring(start, end + 1);
                // at most about 2 MB of copies: a long line is already the huge-header case
                int copies = Math.min(2 + random.nextInt(3000), 2 + 2_000_000 / line.length());
                return bytes(text.substring(0, start) + line.repeat(copies) + text.substring(start));
            }
        },
        HUGE_HEADER {
            @Override
            byte[] apply(byte[] message, Random random) {
                int length = random.nextInt(200_000);
                String value = random.nextBoolean() ? "x".repeat(length)
                        : ("<" + Long.toHexString(random.nextLong()) + "@folded.example>\r\n ").repeat(Math.max(1, length / 40));
                return bytes("X-Huge: " + value + "\r\n" + latin1(message));
            }
        },
        DEEP_NESTING {
            @Override
            byte[] apply(byte[] message, Random random) {
                int depth = 1 + random.nextInt(60);
                StringBuilder out = new StringBuilder("From: a@b.example\r\nContent-Type: multipart/mixed; boundary=\"d0\"\r\n\r\n");
                for (int i = 0; i < depth; i++) {
                    out.append("--d").append(i).append("\r\nContent-Type: multipart/mixed; boundary=\"d").append(i + 1).append("\"\r\n\r\n");
                }
                out.append("--d").append(depth).append("\r\nContent-Type: message/rfc822\r\n\r\n").append(latin1(message)).append("\r\n");
                for (int i = depth; i >= 0; i--) {
                    if (random.nextInt(4) > 0) {
                        out.append("--d").append(i).append("--\r\n");
                    }
                }
                return bytes(out.toString());
            }
        },
        RANDOM_BOUNDARIES {
            @Override
            byte[] apply(byte[] message, Random random) {
                String text = latin1(message);
                String boundary = Long.toString(random.nextLong(), 36);
                text = text.replaceAll("boundary=\"?[^\";\\r\\n]+\"?", "boundary=\"" + boundary + "\"");
                StringBuilder out = new StringBuilder(text);
                for (int i = random.nextInt(5); i > 0; i--) {
                    int at = random.nextInt(out.length() + 1);
                    out.insert(at, "\r\n--" + (random.nextBoolean() ? boundary : Long.toString(random.nextLong(), 36))
                            + (random.nextBoolean() ? "--" : "") + "\r\n");
                }
                return bytes(out.toString());
            }
        },
        INSERT_GARBAGE {
            @Override
            byte[] apply(byte[] message, Random random) {
                byte[] garbage = new byte[random.nextInt(20_000)];
                random.nextBytes(garbage);
                int at = random.nextInt(message.length + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(message, 0, at);
                out.writeBytes(garbage);
                out.write(message, at, message.length - at);
                return out.toByteArray();
            }
        };

        abstract byte[] apply(byte[] message, Random random);

        private static String latin1(byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
