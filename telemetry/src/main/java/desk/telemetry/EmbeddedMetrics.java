package desk.telemetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.MDC;

/**
 * Business and operational figures as CloudWatch's embedded metric format: one JSON line on
 * stdout per emission, which CloudWatch Logs turns into metrics in namespace {@value #NAMESPACE}
 * without an API call on the request path. The local runtime sets {@code desk.metrics.readable},
 * and then each emission is one readable line instead ({@code metric TicketsReceived=1 Count
 * [Channel=WEB Plan=PREMIUM]}).
 */
public final class EmbeddedMetrics {
    public static final String NAMESPACE = "Desk";

    private EmbeddedMetrics() {}

    public enum Unit {
        Count, Milliseconds, None;
    }

    public record Metric(String name, Number value, Unit unit) {
        public Metric {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }

        public static Metric count(String name, long value) {
            return new Metric(name, value, Unit.Count);
        }
    }

    /** Emits {@code metrics} under one set of {@code dimensions} (none: the namespace's totals). */
    public static void emit(Map<String, String> dimensions, List<Metric> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        System.out.println(Boolean.getBoolean("desk.metrics.readable") ? readable(dimensions, metrics)
                : line(dimensions, metrics, System.currentTimeMillis()));
    }

    static String line(Map<String, String> unordered, List<Metric> metrics, long timestamp) {
        Map<String, String> dimensions = new TreeMap<>(unordered); // one order for one set of dimensions
        List<Map<String, Object>> definitions = new ArrayList<>();
        for (Metric metric : metrics) {
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("Name", metric.name());
            definition.put("Unit", metric.unit().name());
            definitions.add(definition);
        }
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(List.copyOf(dimensions.keySet())));
        directive.put("Metrics", definitions);
        Map<String, Object> line = new LinkedHashMap<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("Timestamp", timestamp);
        metadata.put("CloudWatchMetrics", List.of(directive));
        line.put("_aws", metadata);
        line.putAll(dimensions);
        for (Metric metric : metrics) {
            line.put(metric.name(), metric.value());
        }
        // Not dimensions: searchable beside the figures, without multiplying the metrics.
        String requestId = MDC.get(LogContext.AWS_REQUEST_ID);
        if (requestId != null) {
            line.put("requestId", requestId);
        }
        StringBuilder text = new StringBuilder(256);
        JsonText.write(text, line);
        return text.toString();
    }

    private static String readable(Map<String, String> unordered, List<Metric> metrics) {
        Map<String, String> dimensions = new TreeMap<>(unordered);
        StringBuilder text = new StringBuilder("metric");
        for (Metric metric : metrics) {
            text.append(' ').append(metric.name()).append('=').append(metric.value()).append(' ').append(metric.unit());
        }
        if (!dimensions.isEmpty()) {
            text.append(" [");
            dimensions.forEach((key, value) -> text.append(key).append('=').append(value).append(' '));
            text.setLength(text.length() - 1);
            text.append(']');
        }
        return text.toString();
    }
}
