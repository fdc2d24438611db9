package desk.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Issue 19, "Logs and metrics": every function logs one JSON object per line with Lambda's request
 * id, the function, the trigger, the ticket and the correlation id; libraries only from WARN up;
 * figures as CloudWatch embedded metric format.
 */
class LogLinesAreJsonWithTheInvocationsContextTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream stdout;

    @BeforeEach
    void capture() {
        stdout = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        MDC.clear();
    }

    @Test
    void slf4j_finds_the_json_backend_and_a_line_carries_the_invocations_context_and_its_key_values() {
        MDC.put(LogContext.AWS_REQUEST_ID, "8f1c-request");
        MDC.put(LogContext.FUNCTION, "OpenTicketFunction");
        try (LogContext context = LogContext.begin("POST /tickets", Optional.of("corr-42"))) {
            LogContext.ticket("t-1");
            LoggerFactory.getLogger("desk.api.HttpApi").atInfo().addKeyValue("status", 201).log("request answered");
        }

        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("desk.telemetry");
        assertThat(lines()).singleElement().asString()
                .startsWith("{\"timestamp\":\"")
                .contains("\"level\":\"INFO\"", "\"logger\":\"desk.api.HttpApi\"", "\"message\":\"request answered\"",
                        "\"requestId\":\"8f1c-request\"", "\"function\":\"OpenTicketFunction\"", "\"trigger\":\"POST /tickets\"",
                        "\"correlationId\":\"corr-42\"", "\"ticketId\":\"t-1\"", "\"status\":201")
                .endsWith("}");
    }

    @Test
    void closing_the_context_forgets_the_trigger_the_ticket_and_the_correlation_id() {
        try (LogContext context = LogContext.begin("schedule", Optional.of("corr-1"))) {
            LogContext.ticket("t-2");
        }
        LoggerFactory.getLogger("desk.usecase.SweepSlas").info("after");

        assertThat(lines()).singleElement().asString().doesNotContain("trigger", "corr-1", "t-2");
    }

    @Test
    void text_is_escaped_so_each_event_stays_one_parseable_line() {
        Logger log = LoggerFactory.getLogger("desk.usecase.Anything");
        log.warn("a \"quoted\" value\nand a second line\t{}", "with\\backslash");

        assertThat(lines()).singleElement().asString()
                .contains("\"message\":\"a \\\"quoted\\\" value\\nand a second line\\twith\\\\backslash\"");
    }

    @Test
    void an_error_carries_its_type_message_and_stack() {
        LoggerFactory.getLogger("desk.usecase.SweepSlas").atError().setCause(new IllegalStateException("broken"))
                .log("sweeping a ticket failed");

        assertThat(lines()).singleElement().asString()
                .contains("\"level\":\"ERROR\"", "\"error\":{\"type\":\"java.lang.IllegalStateException\",\"message\":\"broken\"",
                        "\"stack\":[\"java.lang.IllegalStateException: broken\"");
    }

    @Test
    void the_desks_loggers_log_from_info_and_libraries_only_from_warn() {
        LoggerFactory.getLogger("desk.store.Something").info("ours");
        LoggerFactory.getLogger("io.micronaut.context.DefaultBeanContext").info("chatter");
        LoggerFactory.getLogger("software.amazon.awssdk.core").warn("a library warning");
        LoggerFactory.getLogger("desk.store.Something").debug("detail");

        assertThat(lines()).hasSize(2).anySatisfy(line -> assertThat(line).contains("ours"))
                .anySatisfy(line -> assertThat(line).contains("a library warning"));
    }

    @Test
    void a_correlation_id_is_taken_only_when_it_is_an_id() {
        assertThat(LogContext.correlationIdOf(Optional.of(" order-7f:2 "), "api-1")).isEqualTo("order-7f:2");
        assertThat(LogContext.correlationIdOf(Optional.of("two words"), "api-1")).isEqualTo("api-1");
        assertThat(LogContext.correlationIdOf(Optional.of("x".repeat(129)), "api-1")).isEqualTo("api-1");
        assertThat(LogContext.correlationIdOf(Optional.empty(), "api-1")).isEqualTo("api-1");
    }

    @Test
    void metrics_are_embedded_metric_format_naming_namespace_dimensions_and_units() {
        String line = EmbeddedMetrics.line(Map.of("Channel", "WEB"), List.of(EmbeddedMetrics.Metric.count("TicketsReceived", 1),
                new EmbeddedMetrics.Metric("SweepDuration", 42, EmbeddedMetrics.Unit.Milliseconds)), 1_796_000_000_000L);

        assertThat(line).isEqualTo("{\"_aws\":{\"Timestamp\":1796000000000,\"CloudWatchMetrics\":[{\"Namespace\":\"Desk\","
                + "\"Dimensions\":[[\"Channel\"]],\"Metrics\":[{\"Name\":\"TicketsReceived\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"SweepDuration\",\"Unit\":\"Milliseconds\"}]}]},\"Channel\":\"WEB\",\"TicketsReceived\":1,"
                + "\"SweepDuration\":42}");
    }

    @Test
    void the_local_runtime_prints_metrics_as_one_readable_line() {
        System.setProperty("desk.metrics.readable", "true");
        try {
            EmbeddedMetrics.emit(Map.of("Outcome", "MET"), List.of(EmbeddedMetrics.Metric.count("FirstResponses", 1)));
        } finally {
            System.clearProperty("desk.metrics.readable");
        }

        assertThat(lines()).containsExactly("metric FirstResponses=1 Count [Outcome=MET]");
    }

    private List<String> lines() {
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
