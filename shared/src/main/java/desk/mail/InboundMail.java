package desk.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inbound mail as support needs it, read from the raw message the mail system stored.
 *
 * @param messageId     the {@code Message-ID} without angle brackets, when the mail has one
 * @param inReplyTo     {@code In-Reply-To}'s message ids, without angle brackets, in order
 * @param references    {@code References}' message ids, without angle brackets, oldest first
 * @param from          the author
 * @param replyTo       {@code Reply-To}, empty when absent
 * @param to            the {@code To} recipients (our support addresses among them)
 * @param cc            the {@code Cc} recipients
 * @param subject       decoded, unfolded; empty when absent
 * @param sentAt        the {@code Date} header, when present and readable
 * @param receivedAt    when the mail system received it: the topmost {@code Received} header's date
 * @param body          the full text (an HTML-only mail turned into text), quoted history included
 * @param visibleBody   the body without the quoted history of earlier mails
 * @param attachments   files attached, as references into the raw message
 * @param forwarded     the subjects of messages forwarded inside it ({@code message/rfc822} parts)
 * @param origin        whether a person or a machine wrote it
 */
public record InboundMail(
        Optional<String> messageId,
        List<String> inReplyTo,
        List<String> references,
        MailAddress from,
        List<MailAddress> replyTo,
        List<MailAddress> to,
        List<MailAddress> cc,
        String subject,
        Optional<Instant> sentAt,
        Optional<Instant> receivedAt,
        String body,
        String visibleBody,
        List<MailAttachment> attachments,
        List<String> forwarded,
        MailOrigin origin) {

    public InboundMail {
        Objects.requireNonNull(messageId, "messageId");
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        Objects.requireNonNull(from, "from");
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(visibleBody, "visibleBody");
        attachments = List.copyOf(attachments);
        forwarded = List.copyOf(forwarded);
        Objects.requireNonNull(origin, "origin");
    }

    /** Every Message-ID this mail says it answers: In-Reply-To first, then References newest first. */
    public List<String> answeredMessageIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(inReplyTo);
        for (int i = references.size() - 1; i >= 0; i--) {
            ids.add(references.get(i));
        }
        return List.copyOf(ids);
    }
}
