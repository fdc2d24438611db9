package desk.mime;

import desk.mail.AutomaticMail;
import desk.mail.DeliveryReport;
import desk.mail.InboundMail;
import desk.mail.MailAddress;
import desk.mail.MailAttachment;
import desk.mail.MailHeaders;
import desk.mail.MailReading;
import desk.mail.MessageIds;
import desk.mail.OurMail;
import desk.mail.QuotedHistory;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.RawField;

/**
 * Reads a raw message (as the mail system stored it) into an {@link InboundMail}, or says why it
 * cannot: a message past one of its {@link MailLimits} is {@link MailReading.Rejected} with a
 * reason naming the limit, and so is one that is not a mail at all (no sender). The content is
 * streamed through mime4j's {@link MimeStreamParser}: attachments are counted, never kept; text is
 * kept up to its limit. Where common clients are lenient, so is this reader: a multipart without
 * its closing boundary ends at the end of the message, characters outside the base64 alphabet are
 * skipped (RFC 2045 says to ignore them), an unknown charset is read as UTF-8 or, failing that,
 * windows-1252.
 *
 * <p>Thread-safe: one reader serves every message.
 */
public final class MimeMailReader {

    private final MailLimits limits;
    private final OurMail ours;
    private final MimeConfig config;

    /**
     * @param limits the bounds every message is read within ({@link MailLimits#DEFAULT})
     * @param ours   our Message-ID domains and support addresses, to know our own mail coming back
     */
    public MimeMailReader(MailLimits limits, OurMail ours) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ours = Objects.requireNonNull(ours, "ours");
        // Built here because MimeConfig.DEFAULT rejects real mail (1,000-character lines) and
        // PERMISSIVE has no header limits at all; content length is counted by the reader itself.
        this.config = MimeConfig.custom()
                .setStrictParsing(false)
                .setMaxLineLen(limits.maxHeaderLineLength())
                .setMaxHeaderLen(limits.maxHeaderFieldLength())
                .setMaxHeaderCount(limits.maxHeaderCount())
                .setMaxContentLen(-1)
                .build();
    }

    /** Reads a message held in memory; never throws for its content. */
    public MailReading read(byte[] raw) {
        try {
            return read(new ByteArrayInputStream(raw));
        } catch (IOException impossible) {
            throw new UncheckedIOException("a byte array cannot fail to be read", impossible);
        }
    }

    /**
     * Reads a message from a stream (an object in the mail bucket), at most
     * {@link MailLimits#maxMessageBytes()} of it.
     *
     * @throws IOException only when the stream itself fails: reading again may succeed
     */
    public MailReading read(InputStream raw) throws IOException {
        Source source = new Source(raw, limits.maxMessageBytes());
        MailCollector collector = new MailCollector(limits);
        MimeStreamParser parser = new MimeStreamParser(config, DecodeMonitor.SILENT, new DefaultBodyDescriptorBuilder(null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
        parser.setContentDecoding(true);
        parser.setRecurse();
        parser.setContentHandler(collector);
        try {
            parser.parse(source);
        } catch (SourceFailure failure) {
            throw failure.getCause();
        } catch (TooLarge tooLarge) {
            return new MailReading.Rejected("the message is over " + limits.maxMessageBytes() + " bytes");
        } catch (MailCollector.OverLimit overLimit) {
            return new MailReading.Rejected(overLimit.getMessage());
        } catch (MaxLineLimitException e) {
            return new MailReading.Rejected("a header line is over " + limits.maxHeaderLineLength() + " characters");
        } catch (MaxHeaderLimitException e) {
            return new MailReading.Rejected("a header section has over " + limits.maxHeaderCount() + " fields");
        } catch (MaxHeaderLengthLimitException e) {
            return new MailReading.Rejected("a header field is over " + limits.maxHeaderFieldLength() + " characters");
        } catch (MimeException | IOException e) {
            return new MailReading.Rejected("malformed MIME: " + e.getMessage());
        } catch (RuntimeException e) {
            // mime4j and jsoup are fed hostile bytes here: whatever they cannot make sense of is a
            // message we reject (and keep, raw), not a function that crashes on every retry.
            return new MailReading.Rejected("unreadable MIME: " + e);
        }
        return mail(collector);
    }

    private MailReading mail(MailCollector collector) {
        MailHeaders headers = collector.topHeaders();
        Optional<MailAddress> from = firstAddress(headers, "From").or(() -> firstAddress(headers, "Sender"))
                .or(() -> firstAddress(headers, "Return-Path"));
        if (from.isEmpty()) {
            return new MailReading.Rejected("no sender address in From, Sender or Return-Path");
        }
        Optional<DeliveryReport> report = collector.deliveryReport();
        InboundMail mail = new InboundMail(
                headers.first("Message-ID").flatMap(value -> MessageIds.parse(value).stream().findFirst()),
                MessageIds.parse(String.join(" ", headers.all("In-Reply-To"))),
                MessageIds.parse(String.join(" ", headers.all("References"))),
                from.get(),
                addresses(headers, "Reply-To"),
                addresses(headers, "To"),
                addresses(headers, "Cc"),
                headers.first("Subject").map(HeaderText::decodeWords).orElse(""),
                headers.first("Date").flatMap(MimeMailReader::date),
                headers.first("Received").flatMap(MimeMailReader::receivedDate),
                collector.body(),
                QuotedHistory.visible(collector.bodyWithoutMarkedHistory()),
                collector.attachments(),
                collector.forwardedSubjects(),
                AutomaticMail.classify(headers, from, ours, report));
        return new MailReading.Read(mail);
    }

    private static Optional<MailAddress> firstAddress(MailHeaders headers, String field) {
        return headers.first(field).flatMap(value -> parseAddresses(value).stream().findFirst());
    }

    private static List<MailAddress> addresses(MailHeaders headers, String field) {
        List<MailAddress> addresses = new ArrayList<>();
        for (String value : headers.all(field)) {
            addresses.addAll(parseAddresses(value));
        }
        return addresses;
    }

    /** The mailboxes of an address list, groups flattened; what is not an address is skipped. */
    private static List<MailAddress> parseAddresses(String value) {
        List<MailAddress> addresses = new ArrayList<>();
        for (org.apache.james.mime4j.dom.address.Mailbox mailbox : LenientAddressParser.DEFAULT.parseAddressList(value).flatten()) {
            try {
                Optional<String> name = Optional.ofNullable(mailbox.getName()).map(HeaderText::decodeWords)
                        .map(String::strip).filter(text -> !text.isEmpty());
                addresses.add(new MailAddress(mailbox.getAddress(), name));
            } catch (IllegalArgumentException notAnAddress) {
                // a local part without a domain ("MAILER-DAEMON", "undisclosed-recipients:;") names no mailbox
            }
        }
        return addresses;
    }

    private static Optional<Instant> date(String value) {
        Date date = DateTimeFieldLenientImpl.PARSER.parse(new RawField("Date", value), DecodeMonitor.SILENT).getDate();
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    /** A {@code Received} field ends with {@code ; <date>} (RFC 5322 section 3.6.7). */
    private static Optional<Instant> receivedDate(String value) {
        int semicolon = value.lastIndexOf(';');
        return semicolon < 0 ? Optional.empty() : date(value.substring(semicolon + 1).strip());
    }

    /** The caller's stream, counted: past the limit it stops the parse; its own failures are told apart. */
    private static final class Source extends FilterInputStream {
        private final long limit;
        private long count;

        Source(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = super.read();
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException e) {
                throw new SourceFailure(e);
            }
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }

    private static final class SourceFailure extends IOException {
        SourceFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("the message is over its size limit");
        }
    }
}
