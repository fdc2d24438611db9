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
 * "---------- Forwarded message ---------" does not cut: what is forwarded is what the author sends.
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
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final int LONGEST_ATTRIBUTION = 400;

    private QuotedHistory() {
    }

    /** The text above the quoted history, trailing blank lines removed; the whole text when nothing is above it. */
    public static String visible(String body) {
        String[] lines = body.split("\r?\n", -1);
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
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String unquoted = QUOTE_PREFIX.matcher(line).replaceFirst("");
            if (unquoted.strip().equals(ReplyMarker.TEXT)) {
                return i;
            }
            if (isAttribution(line)) {
                return i;
            }
            if (i + 1 < lines.length && !line.isBlank() && !lines[i + 1].isBlank() && !isAttribution(lines[i + 1])
                    && isAttribution(line.stripTrailing() + " " + lines[i + 1].strip())) {
                return i;
            }
            if (ORIGINAL_MESSAGE.matcher(line).matches()) {
                return i;
            }
            if (HEADER_FROM.matcher(line).matches() && followedBySent(lines, i)) {
                return i;
            }
            if (UNDERSCORES.matcher(line).matches() && nextNonBlank(lines, i).filter(next -> HEADER_FROM.matcher(lines[next]).matches()).isPresent()) {
                return i;
            }
        }
        return trailingQuoteBlock(lines);
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
