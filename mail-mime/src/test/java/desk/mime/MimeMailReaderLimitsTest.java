package desk.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import desk.mail.InboundMail;
import desk.mail.MailReading;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Rule: a message past one of the limits is rejected with a reason naming it, within bounded
 * memory; a text longer than kept is cut, not rejected; a failing source is an I/O error to
 * retry, not a rejection.
 */
class MimeMailReaderLimitsTest {
    private static final MimeMailReader READER = Corpus.reader();

    @Test
    void a_base64_part_decoding_past_the_part_limit_is_rejected_without_keeping_it() {
        byte[] bomb = Messages.base64Bomb(MailLimits.DEFAULT.maxPartBytes() + 1024 * 1024);
        long before = allocatedBytes();

        MailReading reading = READER.read(bomb);

        assertThat(reading).isEqualTo(new MailReading.Rejected("a MIME part decodes to over 26214400 bytes"));
        assertThat(allocatedBytes() - before).as("allocated while reading %d bytes", bomb.length).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void a_message_past_the_size_limit_is_rejected() {
        MimeMailReader reader = new MimeMailReader(MailLimits.DEFAULT.withMaxMessageBytes(10_000), Corpus.OURS);

        assertThat(reader.read(Messages.plain(20_000))).isEqualTo(new MailReading.Rejected("the message is over 10000 bytes"));
        assertThat(reader.read(Messages.plain(5_000))).isInstanceOf(MailReading.Read.class);
    }

    @Test
    void more_attachments_than_the_limit_are_rejected() {
        assertThat(READER.read(Messages.withAttachments(100, 10))).isInstanceOf(MailReading.Read.class);
        assertThat(READER.read(Messages.withAttachments(101, 10))).isEqualTo(new MailReading.Rejected("the message has over 100 attachments"));
    }

    @Test
    void a_text_longer_than_kept_is_cut_not_rejected() {
        MailReading reading = READER.read(Messages.plain(1_000_000));

        InboundMail mail = ((MailReading.Read) reading).mail();
        assertThat(mail.body()).hasSize(MailLimits.DEFAULT.maxBodyChars()).startsWith("Line 0: the export");
    }

    @Test
    void attachments_are_counted_by_their_decoded_size() {
        InboundMail mail = ((MailReading.Read) READER.read(Messages.withAttachments(3, 300_000))).mail();

        assertThat(mail.body()).isEqualTo("The logs and screenshots are attached.");
        assertThat(mail.attachments()).extracting(attachment -> attachment.partPath() + " " + attachment.size())
                .containsExactly("2 300000", "3 300000", "4 300000");
    }

    @Test
    void a_failing_source_is_an_io_error_to_retry_not_a_rejection() {
        byte[] start = Messages.plain(50_000);
        InputStream failing = new InputStream() {
            private int read;

            @Override
            public int read() throws IOException {
                if (read == 20_000) {
                    throw new IOException("connection reset by the bucket");
                }
                return start[read++] & 0xFF;
            }
        };

        assertThatThrownBy(() -> READER.read(failing)).isInstanceOf(IOException.class).hasMessage("connection reset by the bucket");
    }

    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
