package desk.usecase;

import desk.validation.FieldProblem;
import desk.validation.FormReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every list takes from its query string: {@code limit} (1 to {@value #MAX_LIMIT}, default
 * {@value #DEFAULT_LIMIT}) and {@code cursor}, the opaque position a previous page returned. A
 * cursor names the list and filters it was made for, so it cannot be carried to another list.
 */
public final class ListRequest {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    private final FormReader reader;
    private final int limit;
    private final String cursor;

    private ListRequest(FormReader reader, int limit, String cursor) {
        this.reader = reader;
        this.limit = limit;
        this.cursor = cursor;
    }

    /** Reads {@code limit} and {@code cursor}, refusing any parameter other than those and {@code filters}. */
    public static ListRequest read(Map<String, String> query, String... filters) {
        Map<String, Object> values = new HashMap<>(query);
        FormReader reader = new FormReader(values);
        String[] known = new String[filters.length + 2];
        known[0] = "limit";
        known[1] = "cursor";
        System.arraycopy(filters, 0, known, 2, filters.length);
        reader.refuseFieldsOtherThan(known);
        int limit = DEFAULT_LIMIT;
        Object requested = values.get("limit");
        if (requested != null) {
            try {
                limit = Integer.parseInt(requested.toString());
                if (limit < 1 || limit > MAX_LIMIT) {
                    reader.problem("limit", "must be from 1 to " + MAX_LIMIT);
                }
            } catch (NumberFormatException e) {
                reader.problem("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        Object cursor = values.get("cursor");
        return new ListRequest(reader, limit, cursor == null ? null : cursor.toString());
    }

    /** The reader of the list's own filters; its problems are this request's problems. */
    public FormReader filters() {
        return reader;
    }

    public int limit() {
        return limit;
    }

    public List<FieldProblem> problems() {
        return reader.problems();
    }

    /**
     * The position the cursor holds, for the list {@code listKey} names (the list and its filters);
     * a cursor made for another list or filter is a problem of the request.
     */
    public Optional<String> position(String listKey) {
        if (cursor == null) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = decoded.indexOf('\n');
            if (separator > 0 && decoded.substring(0, separator).equals(listKey) && separator + 1 < decoded.length()) {
                return Optional.of(decoded.substring(separator + 1));
            }
        } catch (IllegalArgumentException e) {
            // not base64: reported below like any other foreign cursor
        }
        reader.problem("cursor", "is not a cursor of this list with these filters; start again without one");
        return Optional.empty();
    }

    /** The cursor a caller sends back for the page after {@code position}. */
    public static String cursor(String listKey, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((listKey + "\n" + position).getBytes(StandardCharsets.UTF_8));
    }
}
