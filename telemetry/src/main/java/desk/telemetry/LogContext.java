package desk.telemetry;

import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * What every log line of an invocation carries besides Lambda's request id and function name
 * (which micronaut-function-aws puts in the MDC for each invocation): the trigger (an HTTP route,
 * a schedule, a stream), the correlation id an HTTP request brought or was given, and the ticket
 * a line is about. Kept in SLF4J's MDC, per thread: a Lambda environment runs one invocation at a
 * time, and the local runtime gives each environment its own thread.
 */
public final class LogContext implements AutoCloseable {
    public static final String AWS_REQUEST_ID = "AWSRequestId";
    public static final String FUNCTION = "AWSFunctionName";
    public static final String TRIGGER = "trigger";
    public static final String CORRELATION_ID = "correlationId";
    public static final String TICKET_ID = "ticketId";

    /** What a caller may send as {@code X-Correlation-Id}: an id, not a sentence (it is logged and published). */
    private static final Pattern CORRELATION_ID_FORMAT = Pattern.compile("[A-Za-z0-9._:=-]{1,128}");

    private LogContext() {}

    /** Starts an invocation's context; closing it clears what it set. */
    public static LogContext begin(String trigger, Optional<String> correlationId) {
        MDC.put(TRIGGER, trigger);
        correlationId.ifPresentOrElse(id -> MDC.put(CORRELATION_ID, id), () -> MDC.remove(CORRELATION_ID));
        MDC.remove(TICKET_ID);
        return new LogContext();
    }

    /** The lines that follow are about this ticket. */
    public static void ticket(String ticketId) {
        MDC.put(TICKET_ID, ticketId);
    }

    /** The correlation id of the invocation running on this thread, if it has one. */
    public static Optional<String> correlationId() {
        return Optional.ofNullable(MDC.get(CORRELATION_ID));
    }

    /** The caller's id when it is a usable one, else {@code fallback} (API Gateway's request id). */
    public static String correlationIdOf(Optional<String> sent, String fallback) {
        return sent.map(String::strip).filter(id -> CORRELATION_ID_FORMAT.matcher(id).matches()).orElse(fallback);
    }

    @Override
    public void close() {
        MDC.remove(TRIGGER);
        MDC.remove(CORRELATION_ID);
        MDC.remove(TICKET_ID);
    }
}
