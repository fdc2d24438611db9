package desk.mail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message-IDs in a {@code Message-ID}, {@code In-Reply-To} or {@code References} value: each
 * {@code <id>} without its angle brackets, in order, duplicates dropped. Some clients write an id
 * without brackets: a value with no {@code <...>} at all is read as whitespace-separated ids
 * holding an {@code @}.
 */
public final class MessageIds {
    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

    private MessageIds() {
    }

    public static List<String> parse(String value) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = BRACKETED.matcher(value);
        while (matcher.find()) {
            add(ids, matcher.group(1));
        }
        if (ids.isEmpty()) {
            for (String token : value.trim().split("[\\s,]+")) {
                if (token.indexOf('@') > 0 && !token.contains("<") && !token.contains(">")) {
                    add(ids, token);
                }
            }
        }
        return List.copyOf(ids);
    }

    private static void add(Set<String> ids, String id) {
        ids.add(id);
    }
}
