package desk.mail;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part of a reply its author wrote: the text above the quoted history of earlier mails. A reply
 * is cut at the first line that starts the history:
 * <ul>
 * <li>our {@link ReplyMarker} (also when quoted with {@code >});</li>
 * <li>a client's attribution line, also wrapped over two lines: "On &lt;date&gt;, &lt;name&gt;
 *     wrote:", "El ... escribió:", "Am ... schrieb ...:", "Le ... a écrit :";</li>
 * <li>Outlook's "-----Original Message-----" (and its Spanish, German and French forms), and its
 *     header block: a "From:" line followed within three lines by "Sent:" or "Date:" (or
 *     "De:"/"Enviado:"/"Fecha:", "Von:"/"Gesendet:", "De :"/"Envoyé :");</li>
 * <li>a line of underscores followed by such a "From:" line;</li>
 * <li>the trailing block of "&gt;"-quoted lines (quotes between the author's lines stay: an inline
 *     answer needs them).</li>
 * </ul>
 * A forward is not a reply: what is forwarded is what the author sends. A mail whose subject starts
 * with a forward prefix ("Fwd:", "FW:", "WG:", "RV:", "TR:", "Enc:") is not cut at all (Outlook's
 * inline forward looks exactly like its reply), and the header block under a forward line
 * ("---------- Forwarded message ---------", "Begin forwarded message:") is skipped.
 * A mail with nothing above its history keeps its whole body visible, so nothing a sender wrote is
 * ever hidden. Gmail's {@code gmail_quote} HTML is dropped before it gets here (when HTML becomes
 * text); its text part carries an attribution line like every other client.
 */
public final class QuotedHistory {

    private static final Pattern QUOTE_PREFIX = Pattern.compile("^(\\s*>)+\\s?");
    private static final List<Pattern> ATTRIBUTIONS = List.of(
            Pattern.compile("^On\\s.{4,}\\swrote:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^El\\s.{4,}\\sescribi[óo]:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Am\\s.{4,}\\sschrieb.{0,200}:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Le\\s.{4,}\\sa\\s[ée]crit\\s?:\\s*$", Pattern.CASE_INSENSITIVE));
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{3,}\\s*(Original Message|Mensaje original|Urspr[üu]ngliche Nachricht|Message d'origine)\\s*-{3,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(From|De|Von)\\s?:\\*?\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_SENT = Pattern.compile(
            "^\\s*\\*?(Sent|Date|Enviado|Fecha|Gesendet|Datum|Envoy[ée])\\s?:\\*?\\s.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("^\\s*(fwd?|wg|rv|tr|enc)\\s?:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_LINE = Pattern.compile(
            "^\\s*(-{3,}\\s*(Forwarded message|Forwarded Message|Mensaje reenviado|Weitergeleitete Nachricht|Message transf[ée]r[ée])\\s*-{3,}|Begin forwarded message:)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final int LONGEST_ATTRIBUTION = 400;

    private QuotedHistory() {
    }

    /**
     * The text above the quoted history, trailing blank lines removed; the whole text when nothing
     * is above it or the subject says it is a forward.
     */
    public static String visible(String subject, String body) {
        return FORWARD_SUBJECT.matcher(subject).matches() ? stripTrailing(body) : visible(body);
    }

    /** The text above the quoted history, trailing blank lines removed; the whole text when nothing is above it. */
    public static String visible(String body) {
        String[] lines = body.replace("\r\n", "\n").split("\n", -1); // one-character split: no regex
        int cut = firstHistoryLine(lines);
        if (cut < 0) {
            return stripTrailing(body);
        }
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < cut; i++) {
            visible.append(lines[i]).append('\n');
        }
        String above = stripTrailing(visible.toString());
        return above.isBlank() ? stripTrailing(body) : above;
    }

    private static int firstHistoryLine(String[] lines) {
        // Cheap tests on each line before any pattern: a long mail has thousands of lines.
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.contains("---") && FORWARD_LINE.matcher(line).matches()) {
                i = endOfBlock(lines, i);
                continue;
            }
            if (line.contains(ReplyMarker.TEXT) && QUOTE_PREFIX.matcher(line).replaceFirst("").strip().equals(ReplyMarker.TEXT)) {
                return i;
            }
            if (endsWithColon(line) && isAttribution(line)) {
                return i;
            }
            if (i + 1 < lines.length && endsWithColon(lines[i + 1]) && !line.isBlank() && !isAttribution(lines[i + 1])
                    && isAttribution(line.stripTrailing() + " " + lines[i + 1].strip())) {
                return i;
            }
            if (line.contains("---") && ORIGINAL_MESSAGE.matcher(line).matches()) {
                return i;
            }
            if (line.indexOf(':') > 0 && HEADER_FROM.matcher(line).matches() && followedBySent(lines, i)) {
                return i;
            }
            if (line.contains("__________") && UNDERSCORES.matcher(line).matches()
                    && nextNonBlank(lines, i).filter(next -> HEADER_FROM.matcher(lines[next]).matches()).isPresent()) {
                return i;
            }
        }
        return trailingQuoteBlock(lines);
    }

    private static boolean endsWithColon(String line) {
        String stripped = line.stripTrailing();
        return !stripped.isEmpty() && stripped.charAt(stripped.length() - 1) == ':';
    }

    private static boolean isAttribution(String line) {
        if (line.length() > LONGEST_ATTRIBUTION) {
            return false;
        }
        return ATTRIBUTIONS.stream().anyMatch(pattern -> pattern.matcher(line.strip()).matches());
    }

    private static boolean followedBySent(String[] lines, int from) {
        for (int i = from + 1; i < lines.length && i <= from + 3; i++) {
            if (HEADER_SENT.matcher(lines[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> nextNonBlank(String[] lines, int from) {
        for (int i = from + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The last line of the header block under a forward line: the line before the first blank one. */
    private static int endOfBlock(String[] lines, int forwardLine) {
        int i = forwardLine + 1;
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i - 1 < forwardLine ? forwardLine : i - 1;
    }

    /** The first line of the block of quoted and blank lines that ends the text, or -1. */
    private static int trailingQuoteBlock(String[] lines) {
        int start = -1;
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (lines[i].stripLeading().startsWith(">")) {
                start = i;
            } else {
                break;
            }
        }
        return start;
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }
}
