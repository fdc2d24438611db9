package desk.store.dynamo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hand-written attribute mapping (no reflection-built bean schema on a cold start): a builder
 * for items to write and a reader for items read, both naming attributes explicitly.
 */
final class Item {
    /** Fixed-width UTC with milliseconds, so that sort keys order as the instants do. */
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Item() {}

    static String sortable(Instant instant) {
        return SORTABLE.format(instant);
    }

    static Builder builder() {
        return new Builder();
    }

    static Reader reader(Map<String, AttributeValue> item) {
        return new Reader(item);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    /** A plain value (string, integral number, boolean, null, map, list) as an attribute value, e.g. an announcement's detail. */
    static AttributeValue of(Object value) {
        return switch (value) {
            case null -> AttributeValue.fromNul(true);
            case String text -> AttributeValue.fromS(text);
            case Boolean flag -> AttributeValue.fromBool(flag);
            case Long number -> AttributeValue.fromN(number.toString());
            case Integer number -> AttributeValue.fromN(number.toString());
            case Map<?, ?> map -> {
                Map<String, AttributeValue> attributes = new LinkedHashMap<>();
                map.forEach((name, element) -> attributes.put((String) name, of(element)));
                yield AttributeValue.fromM(attributes);
            }
            case List<?> list -> AttributeValue.fromL(list.stream().map(Item::of).toList());
            default -> throw new IllegalArgumentException("no attribute value for a " + value.getClass().getName());
        };
    }

    /**
     * The plain value of an attribute written by {@link #of(Object)}: numbers come back as
     * {@code Long}, maps sorted by key (DynamoDB keeps no order inside a map; a stable one reads better).
     */
    static Object plain(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case BOOL -> value.bool();
            case N -> Long.parseLong(value.n());
            case NUL -> null;
            case M -> {
                Map<String, Object> map = new TreeMap<>();
                value.m().forEach((name, element) -> map.put(name, plain(element)));
                yield map;
            }
            case L -> value.l().stream().map(Item::plain).toList();
            default -> throw new IllegalStateException("unexpected attribute type " + value.type());
        };
    }

    static final class Builder {
        private final Map<String, AttributeValue> item = new LinkedHashMap<>();

        Builder with(Map<String, AttributeValue> attributes) {
            item.putAll(attributes);
            return this;
        }

        Builder s(String name, String value) {
            item.put(name, AttributeValue.fromS(value));
            return this;
        }

        Builder s(String name, Optional<String> value) {
            value.ifPresent(v -> s(name, v));
            return this;
        }

        Builder instant(String name, Instant value) {
            return s(name, value.toString());
        }

        Builder n(String name, long value) {
            item.put(name, AttributeValue.fromN(Long.toString(value)));
            return this;
        }

        Builder bool(String name, boolean value) {
            item.put(name, AttributeValue.fromBool(value));
            return this;
        }

        Builder value(String name, AttributeValue value) {
            item.put(name, value);
            return this;
        }

        Builder list(String name, List<Map<String, AttributeValue>> maps) {
            item.put(name, AttributeValue.fromL(maps.stream().map(AttributeValue::fromM).toList()));
            return this;
        }

        Map<String, AttributeValue> build() {
            return Map.copyOf(item);
        }
    }

    static final class Reader {
        private final Map<String, AttributeValue> item;

        private Reader(Map<String, AttributeValue> item) {
            this.item = item;
        }

        String s(String name) {
            return optionalS(name).orElseThrow(() -> new IllegalStateException("item lacks attribute " + name));
        }

        Optional<String> optionalS(String name) {
            return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
        }

        Instant instant(String name) {
            return Instant.parse(s(name));
        }

        Optional<Instant> optionalInstant(String name) {
            return optionalS(name).map(Instant::parse);
        }

        long n(String name) {
            AttributeValue value = item.get(name);
            if (value == null || value.n() == null) {
                throw new IllegalStateException("item lacks number attribute " + name);
            }
            return Long.parseLong(value.n());
        }

        boolean bool(String name) {
            AttributeValue value = item.get(name);
            return value != null && Boolean.TRUE.equals(value.bool());
        }

        Optional<Long> optionalN(String name) {
            return item.containsKey(name) ? Optional.of(n(name)) : Optional.empty();
        }

        AttributeValue value(String name) {
            AttributeValue value = item.get(name);
            if (value == null) {
                throw new IllegalStateException("item lacks attribute " + name);
            }
            return value;
        }

        List<Reader> list(String name) {
            AttributeValue value = item.get(name);
            if (value == null || !value.hasL()) {
                return List.of();
            }
            return value.l().stream().map(element -> new Reader(element.m())).toList();
        }
    }
}
