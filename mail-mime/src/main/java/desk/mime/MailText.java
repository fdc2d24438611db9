package desk.mime;

import java.util.List;

/** Body text as the desk keeps it: {@code \n} line ends, no NUL, parts joined by a blank line, bounded. */
final class MailText {

    private MailText() {
    }

    static String lines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace("\u0000", "");
    }

    static String join(List<String> texts, int maxChars) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty()) {
                joined.append("\n\n");
            }
            joined.append(stripped);
            if (joined.length() >= maxChars) {
                break;
            }
        }
        return joined.length() > maxChars ? joined.substring(0, maxChars) : joined.toString();
    }
}
