package desk.store.dynamo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An update expression with its placeholders, built from attributes a mapper derived: each given
 * attribute is set, each of {@code owned} that is not given is removed; or a counter moved. Nobody
 * writes one by hand.
 */
record Update(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    Update {
        Objects.requireNonNull(expression, "expression");
        names = Map.copyOf(names);
        values = Map.copyOf(values);
    }

    static Update setting(Map<String, AttributeValue> attributes, Set<String> owned) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, AttributeValue> attribute : attributes.entrySet()) {
            names.put("#u" + i, attribute.getKey());
            values.put(":u" + i, attribute.getValue());
            sets.add("#u" + i + " = :u" + i);
            i++;
        }
        for (String name : owned.stream().sorted().toList()) {
            if (!attributes.containsKey(name)) {
                names.put("#u" + i, name);
                removes.add("#u" + i);
                i++;
            }
        }
        String expression = "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        return new Update(expression, names, values);
    }

    /** Adds {@code amount} (negative to subtract) to a number attribute; a missing counter counts as 0. */
    static Update counting(String counter, long amount) {
        return new Update("ADD #counter :amount", Map.of("#counter", counter),
                Map.of(":amount", AttributeValue.fromN(Long.toString(amount))));
    }
}
