package desk.intake;

import desk.account.Account;
import desk.mail.InboundMail;
import desk.ticket.Category;
import desk.ticket.Channel;
import desk.ticket.ReplicationDetails;
import desk.ticket.Severity;
import desk.ticket.TicketKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket a new mail asks for, in the one place mail becomes a {@link TicketRequest} (the web
 * form's {@link TicketForm} refuses {@code EMAIL}). An email cannot be refused: every mail gives a
 * request. It is a {@code QUESTION} in category {@code PLATFORM}, unless its subject carries a
 * severity marker ({@code [CRITICAL]}, {@code [MAJOR]}, {@code [MINOR]}, any case), which makes it an
 * {@code INCIDENT} of that severity; a mail carries no replication details, so such an incident is
 * accepted and marked as needing them. The marker is taken out of the subject; a subject-less mail
 * is {@code (no subject)}, a text-less one {@code (the mail had no text)}; both are cut to the web
 * form's limits. Support reclassifies as it reads.
 */
public final class MailTicketRequest {
    static final String NO_SUBJECT = "(no subject)";
    static final String NO_TEXT = "(the mail had no text)";
    private static final Pattern SEVERITY_MARKER = Pattern.compile("\\[(critical|major|minor)]", Pattern.CASE_INSENSITIVE);

    private MailTicketRequest() {}

    public static TicketRequest of(InboundMail mail, Account account) {
        Matcher marker = SEVERITY_MARKER.matcher(mail.subject());
        Optional<Severity> severity = marker.find()
                ? Optional.of(Severity.valueOf(marker.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
        String subject = SEVERITY_MARKER.matcher(mail.subject()).replaceAll("").strip().replaceAll("\\s+", " ");
        return new TicketRequest(Channel.EMAIL, severity.isPresent() ? TicketKind.INCIDENT : TicketKind.QUESTION, severity,
                Category.PLATFORM, cut(subject.isEmpty() ? NO_SUBJECT : subject, TicketForm.SUBJECT_MAX),
                cut(text(mail), TicketForm.DESCRIPTION_MAX),
                new ReplicationDetails(account.id(), Optional.empty(), Optional.empty()), false);
    }

    /** What a mail says, as a ticket's description or a message's body: its visible part, else all of it. */
    public static String text(InboundMail mail) {
        String visible = mail.visibleBody().strip();
        String all = mail.body().strip();
        return !visible.isEmpty() ? visible : !all.isEmpty() ? all : NO_TEXT;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
