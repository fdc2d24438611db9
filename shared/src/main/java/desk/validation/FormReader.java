package desk.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of a submitted form (already decoded from JSON into plain values) and
 * collects every problem instead of stopping at the first, so one answer names every bad field.
 */
public final class FormReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");

    private final Map<String, Object> values;
    private final String prefix;
    private final List<FieldProblem> problems;

    /** @param values the form's fields; a JSON null counts as absent */
    public FormReader(Map<String, Object> values) {
        this(values, "", new ArrayList<>());
    }

    // Nested readers report into their parent's list, naming fields by their path.
    private FormReader(Map<String, Object> values, String prefix, List<FieldProblem> problems) {
        this.values = values;
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Ids of accounts and partners: lower-case letters, digits and dashes, 3 to 64 characters. */
    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static String idRule() {
        return "must be 3 to 64 lower-case letters, digits or dashes, starting and ending with a letter or digit";
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void problem(String field, String message) {
        problems.add(FieldProblem.of(prefix + field, message));
    }

    /** Whether the field was given: JSON null and blank text count as not given. */
    public boolean has(String field) {
        Object value = values.get(field);
        return value != null && !(value instanceof String text && text.isBlank());
    }

    public Optional<String> text(String field, int maxLength) {
        Object value = values.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            problem(field, "must be a string");
            return Optional.empty();
        }
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (trimmed.length() > maxLength) {
            problem(field, "must be at most " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    public String requiredText(String field, int maxLength) {
        if (!has(field)) {
            problem(field, "is required");
            return null;
        }
        return text(field, maxLength).orElse(null);
    }

    public Optional<String> id(String field) {
        Optional<String> text = text(field, 64);
        if (text.isPresent() && !isValidId(text.get())) {
            problem(field, idRule());
            return Optional.empty();
        }
        return text;
    }

    public <E extends Enum<E>> Optional<E> enumValue(String field, Class<E> type) {
        Optional<String> text = text(field, 64);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.get()));
        } catch (IllegalArgumentException e) {
            problem(field, "must be one of " + names(type));
            return Optional.empty();
        }
    }

    public <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        if (!has(field)) {
            problem(field, "is required; one of " + names(type));
            return null;
        }
        return enumValue(field, type).orElse(null);
    }

    /**
     * A required positive number no greater than {@code max}, read exactly (JSON numbers arrive as
     * doubles or integers; their decimal text is taken, so 0.1 stays 0.1). {@code unit} names what
     * it counts in the messages ("hours", "minutes").
     */
    public Optional<BigDecimal> positiveNumber(String field, long max, String unit, String example) {
        Object value = values.get(field);
        if (value == null) {
            problem(field, "is required: a positive number of " + unit);
            return Optional.empty();
        }
        if (!(value instanceof Number number)) {
            problem(field, "must be a number of " + unit + ", such as " + example);
            return Optional.empty();
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            problem(field, "must be a finite number of " + unit);
            return Optional.empty();
        }
        if (amount.signum() <= 0) {
            problem(field, "must be positive");
            return Optional.empty();
        }
        if (amount.compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(field, "must be at most " + max + " " + unit);
            return Optional.empty();
        }
        return Optional.of(amount);
    }

    public Optional<Boolean> bool(String field) {
        Object value = values.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        problem(field, "must be true or false");
        return Optional.empty();
    }

    /** A list of objects; each element is read by its own reader, its fields named {@code field[i].name}. */
    public List<FormReader> objects(String field) {
        Object value = values.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(field, "must be an array");
            return List.of();
        }
        List<FormReader> readers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                readers.add(new FormReader(stringKeys(map), prefix + field + "[" + i + "].", problems));
            } else {
                problem(field + "[" + i + "]", "must be an object");
            }
        }
        return readers;
    }

    /** A list of strings, each stripped and at most {@code maxLength} characters; bad elements are named {@code field[i]}. */
    public List<String> texts(String field, int maxLength) {
        Object value = values.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(field, "must be an array of strings");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String text) || text.isBlank()) {
                problem(field + "[" + i + "]", "must be a non-empty string");
            } else if (text.strip().length() > maxLength) {
                problem(field + "[" + i + "]", "must be at most " + maxLength + " characters");
            } else {
                texts.add(text.strip());
            }
        }
        return texts;
    }

    /** Names unknown fields, so a typo in an optional field is not silently ignored. */
    public void refuseFieldsOtherThan(String... known) {
        List<String> allowed = Arrays.asList(known);
        values.keySet().stream()
                .filter(key -> !allowed.contains(key))
                .sorted()
                .forEach(key -> problem(key, "is not a known field"));
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new HashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
