package desk.mail;

import java.util.List;
import java.util.Locale;

/**
 * Mailboxes nobody reads, which the desk never mails (answering them only feeds mail loops):
 * {@code no-reply@}, {@code noreply@}, {@code do-not-reply@}, {@code donotreply@} (in any case,
 * with {@code -}, {@code _} or {@code .} between the words or none, and with anything after, as in
 * {@code noreply-billing@}), {@code mailer-daemon@} and {@code bounce@}/{@code bounces@}. A
 * {@code +tag} is ignored. {@code postmaster@} is left out: RFC 5321 requires a person to read it.
 */
public final class NoReplyAddress {
    private static final List<String> PREFIXES = List.of("noreply", "donotreply", "mailerdaemon");
    private static final List<String> EXACT = List.of("bounce", "bounces");

    private NoReplyAddress() {}

    public static boolean is(MailAddress address) {
        String local = address.localPart().toLowerCase(Locale.ROOT);
        int plus = local.indexOf('+');
        String words = (plus >= 0 ? local.substring(0, plus) : local).replaceAll("[-_.]", "");
        return PREFIXES.stream().anyMatch(words::startsWith) || EXACT.contains(words);
    }
}
