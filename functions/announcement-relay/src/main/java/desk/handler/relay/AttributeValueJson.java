package desk.handler.relay;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;

/**
 * A stream image's attribute values as plain JSON, the way EventBridge consumers expect a detail:
 * S as strings, N as JSON numbers (digits kept as written), BOOL, NULL, M as objects and L as
 * arrays, recursively. Sets become arrays and binary becomes base64, as DynamoDB's JSON shows them.
 */
final class AttributeValueJson {

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");

    private AttributeValueJson() {
    }

    static String object(Map<String, AttributeValue> attributes) {
        StringBuilder json = new StringBuilder();
        writeObject(attributes, json);
        return json.toString();
    }

    static String value(AttributeValue value) {
        StringBuilder json = new StringBuilder();
        write(value, json);
        return json.toString();
    }

    private static void write(AttributeValue value, StringBuilder json) {
        if (value == null) {
            throw new IllegalArgumentException("an attribute value is missing");
        }
        if (value.getS() != null) {
            string(value.getS(), json);
        } else if (value.getN() != null) {
            json.append(number(value.getN()));
        } else if (value.getBOOL() != null) {
            json.append(value.getBOOL().booleanValue());
        } else if (Boolean.TRUE.equals(value.getNULL())) {
            json.append("null");
        } else if (value.getM() != null) {
            writeObject(value.getM(), json);
        } else if (value.getL() != null) {
            array(value.getL(), json, AttributeValueJson::write);
        } else if (value.getSS() != null) {
            array(value.getSS(), json, AttributeValueJson::string);
        } else if (value.getNS() != null) {
            array(value.getNS(), json, (n, out) -> out.append(number(n)));
        } else if (value.getB() != null) {
            string(base64(value.getB()), json);
        } else if (value.getBS() != null) {
            array(value.getBS(), json, (b, out) -> string(base64(b), out));
        } else {
            throw new IllegalArgumentException("an attribute value has no type: " + value);
        }
    }

    private static void writeObject(Map<String, AttributeValue> attributes, StringBuilder json) {
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            string(attribute.getKey(), json);
            json.append(':');
            write(attribute.getValue(), json);
        }
        json.append('}');
    }

    private static <T> void array(List<T> items, StringBuilder json, Writer<T> writer) {
        json.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            writer.write(items.get(i), json);
        }
        json.append(']');
    }

    /** DynamoDB accepts numbers JSON does not ({@code +1}, {@code .5}, {@code 5.}): those are rewritten, others kept. */
    static String number(String n) {
        if (JSON_NUMBER.matcher(n).matches()) {
            return n;
        }
        try {
            return new BigDecimal(n.strip()).toString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + n, e);
        }
    }

    private static void string(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static String base64(ByteBuffer bytes) {
        ByteBuffer copy = bytes.duplicate();
        byte[] raw = new byte[copy.remaining()];
        copy.get(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    @FunctionalInterface
    private interface Writer<T> {
        void write(T item, StringBuilder json);
    }
}
