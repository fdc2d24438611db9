package desk.handler.relay;

import static desk.handler.relay.StreamRecords.n;
import static desk.handler.relay.StreamRecords.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class AttributeValueJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_detail_map_becomes_a_json_object_with_numbers_as_numbers_and_nesting_kept() throws Exception {
        Map<String, AttributeValue> detail = new LinkedHashMap<>();
        detail.put("ticketId", s("T-1"));
        detail.put("sequence", n("2"));
        detail.put("ratio", n("0.75"));
        detail.put("urgent", new AttributeValue().withBOOL(true));
        detail.put("partnerId", new AttributeValue().withNULL(true));
        detail.put("firstResponse", new AttributeValue().withM(Map.of("dueAt", s("2026-11-30T08:30:00Z"))));
        detail.put("tags", new AttributeValue().withL(List.of(s("export"), n("3"), new AttributeValue().withL(List.of()))));

        String json = AttributeValueJson.object(detail);

        assertThat(json).isEqualTo("{\"ticketId\":\"T-1\",\"sequence\":2,\"ratio\":0.75,\"urgent\":true,\"partnerId\":null,"
                + "\"firstResponse\":{\"dueAt\":\"2026-11-30T08:30:00Z\"},\"tags\":[\"export\",3,[]]}");
        assertThat(JSON.readTree(json).get("sequence").isNumber()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0, 0", "-7, -7", "1.50, 1.50", "12345678901234567890123456789, 12345678901234567890123456789",
            "1E+3, 1E+3", "-1.5e-7, -1.5e-7",
            "-0.0, -0.0", "+1, 1", ".5, 0.5", "5., 5", "007, 7"})
    void numbers_keep_their_digits_and_only_forms_json_lacks_are_rewritten(String dynamo, String json) throws Exception {
        String written = AttributeValueJson.value(n(dynamo));

        assertThat(written).isEqualTo(json);
        assertThat(JSON.readTree(written).isNumber()).isTrue();
    }

    @Test
    void text_is_escaped_so_any_string_survives_the_round_trip() throws Exception {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 nul \u0000 é € 😀 </script>";

        String written = AttributeValueJson.value(s(nasty));

        assertThat(JSON.readTree(written).textValue()).isEqualTo(nasty);
    }

    @Test
    void sets_become_arrays_and_binary_becomes_base64_as_dynamodb_json_shows_them() {
        AttributeValue binary = new AttributeValue().withB(ByteBuffer.wrap("hi".getBytes(StandardCharsets.UTF_8)));

        assertThat(AttributeValueJson.value(new AttributeValue().withSS(List.of("a", "b")))).isEqualTo("[\"a\",\"b\"]");
        assertThat(AttributeValueJson.value(new AttributeValue().withNS(List.of("1", "2.5")))).isEqualTo("[1,2.5]");
        assertThat(AttributeValueJson.value(binary)).isEqualTo("\"aGk=\"");
        assertThat(AttributeValueJson.value(new AttributeValue().withBS(List.of(ByteBuffer.wrap(new byte[] {0, 1}))))).isEqualTo("[\"AAE=\"]");
        assertThat(AttributeValueJson.value(new AttributeValue().withBOOL(false))).isEqualTo("false");
    }

    @Test
    void a_value_without_a_type_or_a_number_that_is_not_one_is_refused() {
        assertThatThrownBy(() -> AttributeValueJson.value(new AttributeValue())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributeValueJson.value(n("twelve"))).hasMessageContaining("not a number: twelve");
        assertThatThrownBy(() -> AttributeValueJson.object(Map.of("x", new AttributeValue().withM(new LinkedHashMap<>(Map.of("y", new AttributeValue()))))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @RepeatedTest(value = 40, name = "random nested detail, seed {currentRepetition}")
    void random_nested_details_read_back_as_the_same_json_tree(RepetitionInfo repetition) throws Exception {
        Random random = new Random(repetition.getCurrentRepetition());
        Map<String, AttributeValue> detail = new LinkedHashMap<>();
        ObjectNode expected = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            Generated value = generate(random, 4);
            detail.put("f" + i, value.attribute());
            expected.set("f" + i, value.json());
        }

        JsonNode written = JSON.readTree(AttributeValueJson.object(detail));

        assertThat(written).isEqualTo(expected);
    }

    private record Generated(AttributeValue attribute, JsonNode json) {
    }

    /** A random attribute value and, built independently, the JSON it stands for. */
    private static Generated generate(Random random, int depth) throws Exception {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int kind = random.nextInt(depth > 0 ? 6 : 4);
        switch (kind) {
            case 0 -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < random.nextInt(12); i++) {
                    text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x20) : 0x20 + random.nextInt(0x2000));
                }
                return new Generated(s(text.toString()), f.textNode(text.toString()));
            }
            case 1 -> {
                long number = random.nextLong() / (1 + random.nextInt(1000));
                return new Generated(n(Long.toString(number)), JSON.readTree(Long.toString(number)));
            }
            case 2 -> {
                boolean bool = random.nextBoolean();
                return new Generated(new AttributeValue().withBOOL(bool), f.booleanNode(bool));
            }
            case 3 -> {
                return new Generated(new AttributeValue().withNULL(true), f.nullNode());
            }
            case 4 -> {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                ObjectNode object = f.objectNode();
                for (int i = 0; i < random.nextInt(4); i++) {
                    Generated child = generate(random, depth - 1);
                    map.put("k" + i + "\"\\", child.attribute());
                    object.set("k" + i + "\"\\", child.json());
                }
                return new Generated(new AttributeValue().withM(map), object);
            }
            default -> {
                List<AttributeValue> list = new ArrayList<>();
                ArrayNode array = f.arrayNode();
                for (int i = 0; i < random.nextInt(4); i++) {
                    Generated child = generate(random, depth - 1);
                    list.add(child.attribute());
                    array.add(child.json());
                }
                return new Generated(new AttributeValue().withL(list), array);
            }
        }
    }
}
