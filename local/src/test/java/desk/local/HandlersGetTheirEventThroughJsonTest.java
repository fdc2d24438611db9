package desk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;

import desk.local.fixture.RecordingHandler;
import desk.local.fixture.RecordingHandler.Answer;

/**
 * As Lambda's runtime does, the local runtime hands a handler the event read from JSON into the
 * handler's declared input type, and its caller the response read back from JSON.
 */
class HandlersGetTheirEventThroughJsonTest {

    @TempDir
    Path dir;

    private LocalFunctions functions;

    @BeforeEach
    void start() {
        functions = new LocalFunctions(FixtureTemplate.in(dir, "environments-fixture-template.yaml"),
                URI.create("http://127.0.0.1:9"), java.util.Map.of(), Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterEach
    void stop() {
        functions.close();
    }

    @Test
    void the_handler_receives_a_fresh_object_not_the_callers() {
        ScheduledEvent sent = scheduledEvent();

        Answer answer = (Answer) functions.invoke("RecordingFunction", sent);

        assertThat(RecordingHandler.lastEvent()).isNotSameAs(sent);
        assertThat(answer.detailType()).isEqualTo("Scheduled Event");
        assertThat(answer.timeMillis()).isEqualTo(sent.getTime().getMillis());
        assertThat(sent.getDetailType()).as("the handler changed its copy only").isEqualTo("Scheduled Event");
    }

    @Test
    void an_event_of_another_type_is_read_into_the_handlers_declared_input_type() {
        Map<String, Object> sent = Map.of("detail-type", "Scheduled Event", "time", "2026-03-02T09:15:00Z",
                "resources", List.of("arn:aws:events:eu-south-2:123456789012:rule/r"));

        Answer answer = (Answer) functions.invoke("RecordingFunction", sent);

        assertThat(answer.eventType()).isEqualTo(ScheduledEvent.class.getName());
        assertThat(answer.detailType()).isEqualTo("Scheduled Event");
        assertThat(answer.timeMillis()).isEqualTo(Instant.parse("2026-03-02T09:15:00Z").toEpochMilli());
        assertThat(RecordingHandler.lastEvent().getResources()).containsExactly("arn:aws:events:eu-south-2:123456789012:rule/r");
    }

    @Test
    void the_caller_gets_a_copy_of_the_response_as_the_handlers_declared_output_type() {
        Object answer = functions.invoke("RecordingFunction", scheduledEvent());

        assertThat(answer).isInstanceOf(Answer.class).isEqualTo(RecordingHandler.lastAnswer()).isNotSameAs(RecordingHandler.lastAnswer());
    }

    @Test
    void a_json_payload_goes_in_and_the_response_comes_out_as_json() {
        String answer = functions.invokeJson("RecordingFunction", "{\"detail-type\": \"Raw\", \"time\": \"2026-03-02T09:15:00Z\"}");

        assertThat(new EventJson().read(answer, Answer.class))
                .isEqualTo(new Answer(ScheduledEvent.class.getName(), "Raw", Instant.parse("2026-03-02T09:15:00Z").toEpochMilli()));
    }

    private static ScheduledEvent scheduledEvent() {
        return new ScheduledEvent().withVersion("0").withId("id-1").withDetailType("Scheduled Event")
                .withSource("aws.events").withAccount("123456789012").withRegion("eu-south-2")
                .withTime(new DateTime(2026, 3, 2, 9, 15, DateTimeZone.UTC))
                .withResources(List.of("arn:aws:events:eu-south-2:123456789012:rule/r"))
                .withDetail(Map.of());
    }
}
