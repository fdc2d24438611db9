package desk.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A header section as written, in order: each field's name as sent and its value unfolded (line
 * breaks before whitespace removed) but not decoded. Names are looked up ignoring case, as RFC 5322
 * says they compare.
 */
public record MailHeaders(List<Header> fields) {

    /** One header field. */
    public record Header(String name, String value) {
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a header field needs a name");
            }
        }
    }

    public static final MailHeaders NONE = new MailHeaders(List.of());

    public MailHeaders {
        fields = List.copyOf(fields);
    }

    public static MailHeaders of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        List<Header> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(new Header(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new MailHeaders(fields);
    }

    /**
     * Reads a header block given as text (a {@code text/rfc822-headers} part, the fields of a
     * delivery status report): fields end at a line not starting with whitespace, the block at the
     * first empty line; lines without a colon are skipped.
     */
    public static MailHeaders parse(String text) {
        List<Header> fields = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
                current.append(line);
                continue;
            }
            addField(fields, current);
            current = new StringBuilder(line);
        }
        addField(fields, current);
        return new MailHeaders(fields);
    }

    private static void addField(List<Header> fields, StringBuilder line) {
        if (line == null) {
            return;
        }
        int colon = line.indexOf(":");
        if (colon > 0 && !line.substring(0, colon).isBlank()) {
            fields.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
    }

    /** The first field of that name, as written. */
    public Optional<String> first(String name) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** Every field of that name, in order. */
    public List<String> all(String name) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    /** The first field's value lower-cased and trimmed, empty when absent. */
    String lowerCase(String name) {
        return first(name).map(value -> value.trim().toLowerCase(Locale.ROOT)).orElse("");
    }
}
