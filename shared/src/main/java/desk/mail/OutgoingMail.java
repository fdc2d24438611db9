package desk.mail;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mail support sends: an agent's reply or an acknowledgement. The writer puts
 * {@link ReplyMarker#TEXT} above {@code textBody}.
 *
 * @param messageId     our Message-ID, without angle brackets, in one of our Message-ID domains
 *                      (stored for threading: replies name it)
 * @param inReplyTo     the Message-ID answered, without angle brackets
 * @param references    the thread's Message-IDs, oldest first, without angle brackets
 * @param autoSubmitted RFC 3834's {@code Auto-Submitted} value ({@code auto-replied} on an
 *                      acknowledgement), empty on a person's reply
 * @param extraHeaders  further fields, such as {@code X-Desk-Ticket}; never one the writer sets itself
 */
public record OutgoingMail(
        MailAddress from,
        List<MailAddress> to,
        List<MailAddress> cc,
        List<MailAddress> replyTo,
        String subject,
        String textBody,
        String messageId,
        Optional<String> inReplyTo,
        List<String> references,
        Optional<String> autoSubmitted,
        Instant date,
        MailHeaders extraHeaders) {

    /** The fields the writer sets from this record's components; an extra header may not repeat one. */
    public static final Set<String> WRITTEN_FIELDS = Set.of("from", "to", "cc", "reply-to", "subject", "message-id",
            "in-reply-to", "references", "auto-submitted", "date", "mime-version", "content-type",
            "content-transfer-encoding");

    public OutgoingMail {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        replyTo = List.copyOf(replyTo);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        references = List.copyOf(references);
        Objects.requireNonNull(autoSubmitted, "autoSubmitted");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(extraHeaders, "extraHeaders");
        if (to.isEmpty()) {
            throw new IllegalArgumentException("to: a mail needs at least one recipient");
        }
        requireMessageId("messageId", messageId);
        inReplyTo.ifPresent(id -> requireMessageId("inReplyTo", id));
        references.forEach(id -> requireMessageId("references", id));
        for (MailHeaders.Header header : extraHeaders.fields()) {
            if (WRITTEN_FIELDS.contains(header.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("extraHeaders: " + header.name() + " is written from the mail's own fields");
            }
            if (!header.name().matches("[!-9;-~]+") || header.value().matches("(?s).*[\r\n].*")) {
                throw new IllegalArgumentException("extraHeaders: " + header.name() + " is not a valid header field");
            }
        }
        if (subject.matches("(?s).*[\r\n].*")) {
            throw new IllegalArgumentException("subject: a line break is not allowed");
        }
    }

    private static void requireMessageId(String field, String id) {
        if (!id.matches("[^<>\\s@]+@[^<>\\s@]+")) {
            throw new IllegalArgumentException(field + ": not a Message-ID without angle brackets: " + id);
        }
    }
}
