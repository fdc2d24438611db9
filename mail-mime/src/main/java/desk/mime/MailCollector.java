package desk.mime;

import desk.mail.DeliveryReport;
import desk.mail.MailAttachment;
import desk.mail.MailHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.ContentDispositionFieldLenientImpl;
import org.apache.james.mime4j.field.ContentTypeFieldLenientImpl;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.RawField;

/**
 * Collects what support needs from mime4j's parse events, within the limits: the top-level
 * headers, the body text (in {@code multipart/alternative} the plain text when there is one),
 * attachments as part paths and sizes, forwarded messages' subjects and text, and a delivery
 * status report's parts. Part contents are read through a bounded buffer: attachments are only
 * counted.
 */
final class MailCollector implements ContentHandler {

    /** A limit reached: the parse stops and the message is rejected with this reason. */
    static final class OverLimit extends MimeException {
        OverLimit(String reason) {
            super(reason);
        }
    }

    private static final Pattern DELIVERY_STATUS_REPORT = Pattern.compile("(?i).*report-type\\s*=\\s*\"?delivery-status.*");
    private static final int REPORT_PART_CHARS = 64 * 1024;
    private static final String FORWARDED = "---------- Forwarded message ----------";

    /** Text of one part: HTML is turned into text only once its alternative is chosen. */
    private record Segment(boolean html, String content) {}

    /** A message (the top one or a forwarded one) or a multipart inside it. */
    private static final class Frame {
        final boolean message;
        final boolean alternative;
        final String path;
        final List<Segment> segments = new ArrayList<>();
        int children;
        MailHeaders headers;

        Frame(boolean message, boolean alternative, String path) {
            this.message = message;
            this.alternative = alternative;
            this.path = path;
        }
    }

    private final MailLimits limits;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<String> paths = new ArrayDeque<>();
    private final List<MailAttachment> attachments = new ArrayList<>();
    private final List<String> forwarded = new ArrayList<>();
    private List<MailHeaders.Header> fields = new ArrayList<>();
    private MailHeaders entityHeaders = MailHeaders.NONE;
    private boolean messageHeaderExpected;
    private String entityPath = "";
    private long headerBytes;
    private long decodedBytes;
    private int parts;
    private Frame top;
    private List<Segment> body = List.of();
    private boolean deliveryReport;
    private String deliveryStatus;
    private MailHeaders returnedHeaders;

    MailCollector(MailLimits limits) {
        this.limits = limits;
    }

    @Override
    public void startMessage() throws MimeException {
        Frame frame = new Frame(true, false, entityPath);
        if (top == null) {
            top = frame;
        }
        push(frame);
        messageHeaderExpected = true;
    }

    @Override
    public void endMessage() {
        Frame message = frames.pop();
        if (message == top) {
            body = message.segments;
            return;
        }
        // A forwarded message (message/rfc822): its text follows the text around it.
        MailHeaders headers = message.headers == null ? MailHeaders.NONE : message.headers;
        StringBuilder text = new StringBuilder(FORWARDED).append('\n');
        for (String field : List.of("From", "Date", "Subject", "To")) {
            headers.first(field).ifPresent(value -> text.append(field).append(": ").append(HeaderText.decodeWords(value)).append('\n'));
        }
        text.append('\n').append(MailText.join(message.segments.stream().map(this::fullText).toList(), limits.maxBodyChars()));
        frames.peek().segments.add(new Segment(false, text.toString()));
        if (deliveryReport && returnedHeaders == null) {
            returnedHeaders = headers;
        }
    }

    @Override
    public void startBodyPart() throws MimeException {
        if (++parts > limits.maxParts()) {
            throw new OverLimit("the message has over " + limits.maxParts() + " MIME parts");
        }
        Frame multipart = frames.peek();
        multipart.children++;
        paths.push(entityPath);
        entityPath = multipart.path.isEmpty() ? Integer.toString(multipart.children) : multipart.path + "." + multipart.children;
    }

    @Override
    public void endBodyPart() {
        entityPath = paths.pop();
    }

    @Override
    public void startHeader() {
        fields = new ArrayList<>();
    }

    @Override
    public void field(Field field) throws MimeException {
        headerBytes += field.getRaw() == null ? field.getBody().length() : field.getRaw().length();
        if (headerBytes > limits.maxHeaderBytes()) {
            throw new OverLimit("the header sections are over " + limits.maxHeaderBytes() + " bytes together");
        }
        String name = field.getName().strip();
        if (!name.isEmpty()) {
            fields.add(new MailHeaders.Header(name, HeaderText.value(field)));
        }
    }

    @Override
    public void endHeader() {
        entityHeaders = new MailHeaders(fields);
        if (messageHeaderExpected) {
            messageHeaderExpected = false;
            Frame message = frames.peek();
            message.headers = entityHeaders;
            if (message != top) {
                forwarded.add(entityHeaders.first("Subject").map(HeaderText::decodeWords).orElse(""));
            }
        }
    }

    @Override
    public void preamble(InputStream is) {
        // Text before the first boundary is for non-MIME readers ("This is a multi-part message").
    }

    @Override
    public void epilogue(InputStream is) {
        // Text after the closing boundary is ignored by every client.
    }

    @Override
    public void startMultipart(BodyDescriptor descriptor) throws MimeException {
        String type = descriptor.getMimeType().toLowerCase(Locale.ROOT);
        Frame multipart = new Frame(false, type.equals("multipart/alternative"), entityPath);
        if (frames.peek() == top && type.equals("multipart/report")
                && entityHeaders.first("Content-Type").filter(value -> DELIVERY_STATUS_REPORT.matcher(value).matches()).isPresent()) {
            deliveryReport = true;
        }
        push(multipart);
    }

    @Override
    public void endMultipart() {
        Frame multipart = frames.pop();
        List<Segment> chosen = multipart.segments;
        if (multipart.alternative) {
            List<Segment> plain = chosen.stream().filter(segment -> !segment.html()).toList();
            // The plain text when there is one; else the richest rendering, which clients put last.
            chosen = !plain.isEmpty() ? List.of(plain.getFirst()) : chosen.isEmpty() ? List.of() : List.of(chosen.getLast());
        }
        frames.peek().segments.addAll(chosen);
    }

    @Override
    public void body(BodyDescriptor descriptor, InputStream content) throws MimeException, IOException {
        String path = entityPath.isEmpty() ? "1" : entityPath;
        String type = descriptor.getMimeType().toLowerCase(Locale.ROOT);
        Optional<ContentDispositionField> disposition = entityHeaders.first("Content-Disposition")
                .map(value -> ContentDispositionFieldLenientImpl.PARSER.parse(new RawField("Content-Disposition", value), DecodeMonitor.SILENT));
        Optional<String> fileName = disposition.map(ContentDispositionField::getFilename)
                .or(() -> entityHeaders.first("Content-Type").map(value -> contentType(value).getParameter("name")))
                .map(HeaderText::decodeWords).filter(name -> !name.isBlank());
        boolean attached = disposition.map(ContentDispositionField::isAttachment).orElse(false) || fileName.isPresent();
        if (deliveryReport && (type.equals("message/delivery-status") || type.equals("message/global-delivery-status"))) {
            deliveryStatus = HeaderText.decode(read(content, REPORT_PART_CHARS), descriptor.getCharset());
        } else if (deliveryReport && (type.equals("text/rfc822-headers") || type.equals("text/global-headers"))) {
            returnedHeaders = MailHeaders.parse(HeaderText.decode(read(content, REPORT_PART_CHARS), descriptor.getCharset()));
        } else if (!attached && type.equals("text/plain")) {
            String text = HeaderText.decode(read(content, limits.maxBodyChars() * 4), descriptor.getCharset());
            frames.peek().segments.add(new Segment(false, MailText.lines(text)));
        } else if (!attached && type.equals("text/html")) {
            String html = HeaderText.decode(read(content, limits.maxHtmlBytes()), descriptor.getCharset());
            frames.peek().segments.add(new Segment(true, html));
        } else {
            long size = count(content);
            if (attachments.size() >= limits.maxAttachments()) {
                throw new OverLimit("the message has over " + limits.maxAttachments() + " attachments");
            }
            attachments.add(new MailAttachment(path, fileName, type, size));
        }
    }

    @Override
    public void raw(InputStream is) {
        // Only called in raw mode, which this reader does not use.
    }

    MailHeaders topHeaders() {
        return top == null || top.headers == null ? MailHeaders.NONE : top.headers;
    }

    String body() {
        return MailText.join(body.stream().map(this::fullText).toList(), limits.maxBodyChars());
    }

    /** The body with the quoted history HTML marks as such already left out. */
    String bodyWithoutMarkedHistory() {
        return MailText.join(body.stream().map(segment -> segment.html()
                ? HtmlText.textWithoutQuotedHistory(segment.content(), limits.maxBodyChars()) : segment.content()).toList(), limits.maxBodyChars());
    }

    List<MailAttachment> attachments() {
        return attachments;
    }

    List<String> forwardedSubjects() {
        return forwarded;
    }

    Optional<DeliveryReport> deliveryReport() {
        if (!deliveryReport) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryReport(deliveryStatus == null ? "" : deliveryStatus,
                returnedHeaders == null ? MailHeaders.NONE : returnedHeaders));
    }

    private String fullText(Segment segment) {
        return segment.html() ? HtmlText.text(segment.content(), limits.maxBodyChars()) : segment.content();
    }

    private void push(Frame frame) throws OverLimit {
        if (frames.size() >= limits.maxNestingDepth()) {
            throw new OverLimit("the message nests parts over " + limits.maxNestingDepth() + " deep");
        }
        frames.push(frame);
    }

    private static ContentTypeField contentType(String value) {
        return ContentTypeFieldLenientImpl.PARSER.parse(new RawField("Content-Type", value), DecodeMonitor.SILENT);
    }

    /** The part's decoded bytes, the first {@code keep} of them kept, all of them counted against the limits. */
    private byte[] read(InputStream content, int keep) throws IOException, OverLimit {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(Math.min(keep, 8192));
        byte[] buffer = new byte[8192];
        long size = 0;
        int n;
        while ((n = content.read(buffer)) != -1) {
            size = counted(size, n);
            int room = keep - kept.size();
            if (room > 0) {
                kept.write(buffer, 0, Math.min(room, n));
            }
        }
        return kept.toByteArray();
    }

    private long count(InputStream content) throws IOException, OverLimit {
        byte[] buffer = new byte[8192];
        long size = 0;
        int n;
        while ((n = content.read(buffer)) != -1) {
            size = counted(size, n);
        }
        return size;
    }

    private long counted(long partSize, int more) throws OverLimit {
        long size = partSize + more;
        decodedBytes += more;
        if (size > limits.maxPartBytes()) {
            throw new OverLimit("a MIME part decodes to over " + limits.maxPartBytes() + " bytes");
        }
        if (decodedBytes > limits.maxDecodedBytes()) {
            throw new OverLimit("the MIME parts decode to over " + limits.maxDecodedBytes() + " bytes together");
        }
        return size;
    }
}
