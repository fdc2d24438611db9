package desk.telemetry;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * One JSON object per line on stdout: {@code timestamp}, {@code level}, {@code logger},
 * {@code message}, then the invocation's {@code requestId}, {@code function}, {@code trigger},
 * {@code correlationId} and {@code ticketId} where there are, the event's key-value pairs, and an
 * {@code error} (type, message, stack). The desk's own loggers log at the level Lambda's
 * {@code ApplicationLogLevel} sets ({@code AWS_LAMBDA_LOG_LEVEL}, INFO by default); libraries at
 * WARN or above, so their chatter never reaches the logs.
 */
final class JsonLogger extends AbstractLogger implements LoggingEventAware {
    private static final int STACK_FRAMES = 30;

    private final Level threshold;

    JsonLogger(String name) {
        this.name = name;
        Level application = applicationLevel();
        this.threshold = name.startsWith("desk.") || application.toInt() > Level.WARN.toInt() ? application : Level.WARN;
    }

    /** Lambda's application log level, from the template's {@code LoggingConfig}; {@code desk.log.level} locally. */
    static Level applicationLevel() {
        String configured = Optional.ofNullable(System.getProperty("desk.log.level"))
                .or(() -> Optional.ofNullable(System.getenv("AWS_LAMBDA_LOG_LEVEL"))).orElse("INFO").strip().toUpperCase();
        return switch (configured) {
            case "TRACE" -> Level.TRACE;
            case "DEBUG" -> Level.DEBUG;
            case "WARN" -> Level.WARN;
            case "ERROR", "FATAL" -> Level.ERROR;
            default -> Level.INFO;
        };
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
        return isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
        return isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
        return isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
        return isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
        return isErrorEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable error) {
        write(level, MessageFormatter.basicArrayFormat(pattern, arguments), List.of(), error);
    }

    /** The fluent API's events, with their key-value pairs as fields of the line. */
    @Override
    public void log(LoggingEvent event) {
        if (!enabled(event.getLevel())) {
            return;
        }
        Object[] arguments = event.getArgumentArray();
        String message = arguments == null ? event.getMessage() : MessageFormatter.basicArrayFormat(event.getMessage(), arguments);
        write(event.getLevel(), message, event.getKeyValuePairs() == null ? List.of() : event.getKeyValuePairs(), event.getThrowable());
    }

    private void write(Level level, String message, List<KeyValuePair> pairs, Throwable error) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level.name());
        line.put("logger", name);
        line.put("message", message);
        put(line, "requestId", MDC.get(LogContext.AWS_REQUEST_ID));
        put(line, "function", MDC.get(LogContext.FUNCTION));
        put(line, LogContext.TRIGGER, MDC.get(LogContext.TRIGGER));
        put(line, LogContext.CORRELATION_ID, MDC.get(LogContext.CORRELATION_ID));
        put(line, LogContext.TICKET_ID, MDC.get(LogContext.TICKET_ID));
        for (KeyValuePair pair : pairs) {
            line.put(pair.key, pair.value);
        }
        if (error != null) {
            line.put("error", error(error));
        }
        StringBuilder text = new StringBuilder(256);
        JsonText.write(text, line);
        System.out.println(text);
    }

    private static void put(Map<String, Object> line, String key, String value) {
        if (value != null) {
            line.put(key, value);
        }
    }

    private static Map<String, Object> error(Throwable error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", error.getClass().getName());
        fields.put("message", error.getMessage());
        StringWriter stack = new StringWriter();
        error.printStackTrace(new PrintWriter(stack));
        fields.put("stack", stack.toString().lines().limit(STACK_FRAMES).toList());
        return fields;
    }
}
