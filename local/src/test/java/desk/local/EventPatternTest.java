package desk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import desk.devkit.SamTemplate;

class EventPatternTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventPattern RELAY_FILTER = EventPattern.parse(
            SamTemplate.locate().streamEventSources().getFirst().filterPatterns().getFirst());

    @ParameterizedTest(name = "{0} of sk {1}: {2}")
    @CsvSource({
            "INSERT, EVENT#0000000001, true",
            "INSERT, EVENT#, true",
            "MODIFY, EVENT#0000000001, false",
            "REMOVE, EVENT#0000000001, false",
            "INSERT, TICKET, false",
            "INSERT, event#0000000001, false",
            "INSERT, XEVENT#1, false"})
    void the_relay_filter_passes_only_inserts_of_announcement_keys(String eventName, String sk, boolean passes) throws Exception {
        JsonNode record = JSON.readTree("""
                {"eventName":"%s","eventSource":"aws:dynamodb",
                 "dynamodb":{"Keys":{"pk":{"S":"TICKET#1"},"sk":{"S":"%s"}},"SequenceNumber":"1"}}""".formatted(eventName, sk));

        assertThat(RELAY_FILTER.matches(record)).isEqualTo(passes);
    }

    @ParameterizedTest(name = "{0} of sk {1}, {2}: {3}")
    @CsvSource({
            "INSERT, EVENT#0000000004, Ticket Owed Changed, true",
            "INSERT, EVENT#0000000004, Ticket Reclassified, false",
            "INSERT, EVENT#0000000001-1, Hours Charged, false",
            "MODIFY, EVENT#0000000004, Ticket Owed Changed, false",
            "REMOVE, EVENT#0000000004, Ticket Owed Changed, false",
            "INSERT, CHARGE, Ticket Owed Changed, false"})
    void the_hour_deductions_filter_passes_only_inserts_of_owed_change_announcements(String eventName, String sk,
                                                                                     String detailType, boolean passes) throws Exception {
        EventPattern deduction = EventPattern.parse(SamTemplate.locate().streamEventSources().stream()
                .filter(source -> source.functionLogicalId().equals("HourDeductionFunction"))
                .findFirst().orElseThrow().filterPatterns().getFirst());
        JsonNode record = JSON.readTree("""
                {"eventName":"%s","eventSource":"aws:dynamodb",
                 "dynamodb":{"Keys":{"pk":{"S":"TICKET#1"},"sk":{"S":"%s"}},
                             "NewImage":{"pk":{"S":"TICKET#1"},"sk":{"S":"%s"},"detailType":{"S":"%s"}},
                             "SequenceNumber":"1"}}""".formatted(eventName, sk, sk, detailType));

        assertThat(deduction.matches(record)).isEqualTo(passes);
    }

    @Test
    void a_missing_field_or_a_value_of_another_type_does_not_match() throws Exception {
        assertThat(RELAY_FILTER.matches(JSON.readTree("{\"eventName\":\"INSERT\"}"))).isFalse();
        assertThat(RELAY_FILTER.matches(JSON.readTree("{\"eventName\":\"INSERT\",\"dynamodb\":{\"Keys\":{\"sk\":{\"N\":\"1\"}}}}"))).isFalse();
        assertThat(RELAY_FILTER.matches(JSON.readTree("{\"eventName\":\"INSERT\",\"dynamodb\":\"EVENT#1\"}"))).isFalse();
    }

    @Test
    void exact_values_compare_numbers_by_value_and_match_any_element_of_an_array() throws Exception {
        EventPattern pattern = EventPattern.parse("{\"size\":[10],\"tags\":[\"b\",\"z\"],\"gone\":[null]}");

        assertThat(pattern.matches(JSON.readTree("{\"size\":10.0,\"tags\":[\"a\",\"b\"],\"gone\":null}"))).isTrue();
        assertThat(pattern.matches(JSON.readTree("{\"size\":11,\"tags\":[\"a\",\"b\"],\"gone\":null}"))).isFalse();
        assertThat(pattern.matches(JSON.readTree("{\"size\":10,\"tags\":[\"a\"],\"gone\":null}"))).isFalse();
        assertThat(pattern.matches(JSON.readTree("{\"size\":10,\"tags\":\"z\"}"))).isFalse();
    }

    @Test
    void a_record_passes_when_any_filter_passes_it_and_no_filters_pass_everything() throws Exception {
        List<EventPattern> filters = List.of(EventPattern.parse("{\"eventName\":[\"INSERT\"]}"),
                EventPattern.parse("{\"eventName\":[\"MODIFY\"]}"));
        JsonNode modify = JSON.readTree("{\"eventName\":\"MODIFY\"}");
        JsonNode remove = JSON.readTree("{\"eventName\":\"REMOVE\"}");

        assertThat(EventPattern.anyMatches(filters, modify)).isTrue();
        assertThat(EventPattern.anyMatches(filters, remove)).isFalse();
        assertThat(EventPattern.anyMatches(List.of(), remove)).isTrue();
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"v\":[{\"anything-but\":\"INTERNAL\"}]}         | {\"v\":\"PUBLIC\"}    | true",
            "{\"v\":[{\"anything-but\":\"INTERNAL\"}]}         | {\"v\":\"INTERNAL\"}  | false",
            "{\"v\":[{\"anything-but\":\"INTERNAL\"}]}         | {}                  | false",
            "{\"v\":[{\"anything-but\":[\"A\",\"B\"]}]}          | {\"v\":\"B\"}         | false",
            "{\"v\":[{\"anything-but\":[\"A\",\"B\"]}]}          | {\"v\":\"C\"}         | true",
            "{\"v\":[{\"anything-but\":3}]}                  | {\"v\":3.0}         | false",
            "{\"v\":[{\"anything-but\":{\"prefix\":\"no-\"}}]}   | {\"v\":\"no-reply\"}  | false",
            "{\"v\":[{\"anything-but\":{\"prefix\":\"no-\"}}]}   | {\"v\":\"ana\"}       | true",
            "{\"v\":[{\"exists\":true}]}                     | {}                  | false",
            "{\"v\":[{\"exists\":false}]}                    | {}                  | true",
            "{\"v\":[{\"exists\":false}]}                    | {\"v\":\"x\"}         | false",
            "{\"v\":[{\"suffix\":\".eml\"}]}                   | {\"v\":\"a.eml\"}     | true",
            "{\"v\":[{\"suffix\":\".eml\"}]}                   | {\"v\":\"a.txt\"}     | false",
            "{\"v\":[{\"equals-ignore-case\":\"Support\"}]}    | {\"v\":\"SUPPORT\"}   | true",
            "{\"v\":[{\"equals-ignore-case\":\"Support\"}]}    | {\"v\":\"sales\"}     | false"})
    void the_operators_rules_use_match_as_eventbridge_matches_them(String pattern, String event, boolean matches) throws Exception {
        assertThat(EventPattern.parse(pattern).matches(JSON.readTree(event))).isEqualTo(matches);
    }

    @Test
    void operators_this_runtime_does_not_apply_are_refused_when_read() {
        assertThatThrownBy(() -> EventPattern.parse("{\"eventName\":[{\"numeric\":[\">\",0]}]}"))
                .hasMessageContaining("eventName").hasMessageContaining("numeric");
        assertThatThrownBy(() -> EventPattern.parse("{\"eventName\":[{\"wildcard\":\"IN*\"}]}"))
                .hasMessageContaining("wildcard");
        assertThatThrownBy(() -> EventPattern.parse("{\"eventName\":[{\"anything-but\":{\"suffix\":\"E\"}}]}"))
                .hasMessageContaining("anything-but");
        assertThatThrownBy(() -> EventPattern.parse("{\"eventName\":[{\"exists\":\"yes\"}]}"))
                .hasMessageContaining("exists");
        assertThatThrownBy(() -> EventPattern.parse("{\"dynamodb\":{\"Keys\":{\"sk\":{\"S\":[{\"prefix\":\"A\",\"suffix\":\"B\"}]}}}}"))
                .hasMessageContaining("dynamodb.Keys.sk.S");
        assertThatThrownBy(() -> EventPattern.parse("{\"eventName\":\"INSERT\"}")).hasMessageContaining("array");
        assertThatThrownBy(() -> EventPattern.parse("[1]")).hasMessageContaining("object");
        assertThatThrownBy(() -> EventPattern.parse("{nope")).hasMessageContaining("not JSON");
    }
}
