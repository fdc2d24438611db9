package desk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Policy, intake: a refused form names every bad field at once, each by the name the caller used (nested entries by
 * their path); a JSON null counts as absent.
 */
class FormReaderNamesEveryProblemTest {

    enum Colour { RED, GREEN }

    private static Map<String, Object> form(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    private static List<org.assertj.core.groups.Tuple> problemsOf(FormReader reader) {
        return reader.problems().stream().map(p -> tuple(p.field(), p.problem())).toList();
    }

    // Text

    @Test
    void text_is_trimmed() {
        // given
        FormReader reader = new FormReader(form("name", "  Acme  "));

        // when
        Optional<String> name = reader.text("name", 10);

        // then
        assertThat(name).contains("Acme");
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void absent_null_and_blank_text_are_empty_without_a_problem() {
        // given
        FormReader reader = new FormReader(form("nothing", null, "blank", " \t "));

        // when / then
        assertThat(reader.text("absent", 10)).isEmpty();
        assertThat(reader.text("nothing", 10)).isEmpty();
        assertThat(reader.text("blank", 10)).isEmpty();
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void text_longer_than_the_limit_names_the_limit() {
        // given
        FormReader reader = new FormReader(form("code", "abcdef"));

        // when
        Optional<String> code = reader.text("code", 5);

        // then
        assertThat(code).isEmpty();
        assertThat(problemsOf(reader)).containsExactly(tuple("code", "must be at most 5 characters"));
    }

    @Test
    void text_at_the_limit_is_kept() {
        // given
        FormReader reader = new FormReader(form("code", "abcde"));

        // when / then
        assertThat(reader.text("code", 5)).contains("abcde");
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void a_non_string_is_not_text() {
        // given
        FormReader reader = new FormReader(form("a", 7, "b", true, "c", Map.of(), "d", List.of()));

        // when
        reader.text("a", 10);
        reader.text("b", 10);
        reader.text("c", 10);
        reader.text("d", 10);

        // then
        assertThat(problemsOf(reader)).containsExactly(
                tuple("a", "must be a string"), tuple("b", "must be a string"),
                tuple("c", "must be a string"), tuple("d", "must be a string"));
    }

    @Test
    void required_text_that_is_absent_null_or_blank_is_required() {
        // given
        FormReader reader = new FormReader(form("nothing", null, "blank", "   "));

        // when
        String absent = reader.requiredText("absent", 10);
        reader.requiredText("nothing", 10);
        reader.requiredText("blank", 10);

        // then
        assertThat(absent).isNull();
        assertThat(problemsOf(reader)).containsExactly(
                tuple("absent", "is required"), tuple("nothing", "is required"), tuple("blank", "is required"));
    }

    @Test
    void required_text_of_the_wrong_type_is_only_called_not_a_string() {
        // given
        FormReader reader = new FormReader(form("name", 12));

        // when
        reader.requiredText("name", 10);

        // then
        assertThat(problemsOf(reader)).containsExactly(tuple("name", "must be a string"));
    }
    @Test
    void required_text_that_is_too_long_is_only_called_too_long() {
        // given
        FormReader reader = new FormReader(form("name", "abcdef"));

        // when
        reader.requiredText("name", 5);

        // then
        assertThat(problemsOf(reader)).containsExactly(tuple("name", "must be at most 5 characters"));
    }

    // Ids

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"abc", "acme-retail", "a1-2b", "000"})
    void valid_ids_are_lower_case_letters_digits_and_inner_dashes(String id) {
        // when / then
        assertThat(FormReader.isValidId(id)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ab", "Acme", "-abc", "abc-", "a_b_c", "a b c", "acme.retail"})
    void invalid_ids_are_refused(String id) {
        // when / then
        assertThat(FormReader.isValidId(id)).isFalse();
    }

    @Test
    void ids_are_64_characters_at_most() {
        // when / then
        assertThat(FormReader.isValidId("a".repeat(64))).isTrue();
        assertThat(FormReader.isValidId("a".repeat(65))).isFalse();
        assertThat(FormReader.isValidId(null)).isFalse();
    }

    @Test
    void a_bad_id_field_is_named_with_the_id_rule() {
        // given
        FormReader reader = new FormReader(form("accountId", "ACME"));

        // when
        Optional<String> id = reader.id("accountId");

        // then
        assertThat(id).isEmpty();
        assertThat(problemsOf(reader)).containsExactly(tuple("accountId",
                "must be 3 to 64 lower-case letters, digits or dashes, starting and ending with a letter or digit"));
    }

    @Test
    void a_65_character_id_field_is_refused_for_its_length() {
        // given
        FormReader reader = new FormReader(form("accountId", "a".repeat(65)));

        // when
        reader.id("accountId");

        // then
        assertThat(problemsOf(reader)).containsExactly(tuple("accountId", "must be at most 64 characters"));
    }

    // Enums

    @Test
    void an_enum_value_is_read_by_its_exact_name() {
        // given
        FormReader reader = new FormReader(form("colour", " GREEN "));

        // when / then
        assertThat(reader.enumValue("colour", Colour.class)).contains(Colour.GREEN);
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void an_unknown_enum_value_names_the_allowed_values_in_declaration_order() {
        // given
        FormReader reader = new FormReader(form("colour", "green", "day", "FUNDAY"));

        // when
        reader.enumValue("colour", Colour.class);
        reader.requiredEnum("day", DayOfWeek.class);

        // then
        assertThat(problemsOf(reader)).containsExactly(
                tuple("colour", "must be one of RED, GREEN"),
                tuple("day", "must be one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY"));
    }

    @Test
    void a_missing_required_enum_names_the_allowed_values() {
        // given
        FormReader reader = new FormReader(form("colour", null));

        // when
        Colour colour = reader.requiredEnum("colour", Colour.class);

        // then
        assertThat(colour).isNull();
        assertThat(problemsOf(reader)).containsExactly(tuple("colour", "is required; one of RED, GREEN"));
    }

    @Test
    void an_optional_enum_that_is_absent_is_empty_without_a_problem() {
        // given
        FormReader reader = new FormReader(form());

        // when / then
        assertThat(reader.enumValue("colour", Colour.class)).isEmpty();
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void a_non_string_enum_is_only_called_not_a_string() {
        // given
        FormReader reader = new FormReader(form("colour", 1));

        // when
        reader.requiredEnum("colour", Colour.class);

        // then
        assertThat(problemsOf(reader)).containsExactly(tuple("colour", "must be a string"));
    }
    @Test
    void a_blank_required_enum_is_required() {
        // given
        FormReader reader = new FormReader(form("colour", "  "));

        // when
        reader.requiredEnum("colour", Colour.class);

        // then
        assertThat(problemsOf(reader)).containsExactly(tuple("colour", "is required; one of RED, GREEN"));
    }

    // Booleans

    @Test
    void booleans_are_read_as_given_and_absence_is_empty() {
        // given
        FormReader reader = new FormReader(form("yes", true, "no", false, "nothing", null));

        // when / then
        assertThat(reader.bool("yes")).contains(true);
        assertThat(reader.bool("no")).contains(false);
        assertThat(reader.bool("nothing")).isEmpty();
        assertThat(reader.bool("absent")).isEmpty();
        assertThat(reader.problems()).isEmpty();
    }

    @Test
    void strings_and_numbers_are_not_booleans() {
        // given
        FormReader reader = new FormReader(form("a", "true", "b", 1));

        // when
        reader.bool("a");
        reader.bool("b");

        // then
        assertThat(problemsOf(reader)).containsExactly(
                tuple("a", "must be true or false"), tuple("b", "must be true or false"));
    }

    // Presence

    @Test
    void a_json_null_and_blank_text_are_not_given() {
        // given
        FormReader reader = new FormReader(form("nothing", null, "blank", ""));

        // when / then
        assertThat(reader.has("nothing")).isFalse();
        assertThat(reader.has("absent")).isFalse();
        assertThat(reader.has("blank")).isFalse(); // blank text is no answer: required fields stay required
    }

    // Nested objects

    @Test
    void problems_in_list_entries_are_named_by_their_path() {
        // given
        FormReader reader = new FormReader(form("items", List.of(form("name", "ok"), form("name", 5))));

        // when
        List<FormReader> items = reader.objects("items");
        items.forEach(item -> item.requiredText("name", 10));

        // then
        assertThat(items).hasSize(2);
        assertThat(problemsOf(reader)).containsExactly(tuple("items[1].name", "must be a string"));
    }

    @Test
    void entries_of_entries_carry_the_whole_path() {
        // given
        FormReader reader = new FormReader(form("items", List.of(
                form("parts", List.of(form("code", "ok-1"), form("code", "BAD ID"), "loose")))));

        // when
        for (FormReader item : reader.objects("items")) {
            for (FormReader part : item.objects("parts")) {
                part.id("code");
            }
        }

        // then
        assertThat(problemsOf(reader)).containsExactly(
                tuple("items[0].parts[2]", "must be an object"),
                tuple("items[0].parts[1].code", FormReader.idRule()));
    }

    @Test
    void unknown_fields_and_explicit_problems_of_an_entry_are_prefixed() {
        // given
        FormReader reader = new FormReader(form("items", List.of(form("name", "x", "colour", "RED"))));

        // when
        FormReader item = reader.objects("items").getFirst();
        item.refuseFieldsOtherThan("name");
        item.problem("name", "is taken");

        // then
        assertThat(problemsOf(reader)).containsExactly(
                tuple("items[0].colour", "is not a known field"), tuple("items[0].name", "is taken"));
    }

    @Test
    void a_list_field_that_is_not_a_list_or_holds_non_objects_is_named() {
        // given
        FormReader reader = new FormReader(form("items", "one", "more", List.of(form(), 3)));

        // when
        List<FormReader> items = reader.objects("items");
        List<FormReader> more = reader.objects("more");

        // then
        assertThat(items).isEmpty();
        assertThat(more).hasSize(1);
        assertThat(problemsOf(reader)).containsExactly(
                tuple("items", "must be an array"), tuple("more[1]", "must be an object"));
    }

    @Test
    void an_absent_or_null_list_has_no_entries_and_no_problem() {
        // given
        FormReader reader = new FormReader(form("items", null));

        // when / then
        assertThat(reader.objects("items")).isEmpty();
        assertThat(reader.objects("absent")).isEmpty();
        assertThat(reader.problems()).isEmpty();
    }

    // Collecting

    @Test
    void unknown_fields_are_named_in_alphabetical_order() {
        // given
        FormReader reader = new FormReader(form("zeta", 1, "name", "x", "alpha", 2));

        // when
        reader.refuseFieldsOtherThan("name");

        // then
        assertThat(problemsOf(reader)).containsExactly(
                tuple("alpha", "is not a known field"), tuple("zeta", "is not a known field"));
    }

    @Test
    void every_problem_is_kept_in_the_order_found_and_the_list_handed_out_is_a_copy() {
        // given
        FormReader reader = new FormReader(form("a", 1, "b", "x".repeat(3)));
        reader.requiredText("missing", 5);
        reader.text("a", 5);
        reader.text("b", 2);

        // when
        List<FieldProblem> problems = reader.problems();

        // then
        assertThat(problems).extracting(FieldProblem::field).containsExactly("missing", "a", "b");
        assertThatThrownBy(() -> problems.add(FieldProblem.of("c", "x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    // Validated

    @Test
    void an_invalid_form_has_at_least_one_problem() {
        // when / then
        assertThatThrownBy(() -> Validated.invalid(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an invalid form has at least one problem");
    }
}
