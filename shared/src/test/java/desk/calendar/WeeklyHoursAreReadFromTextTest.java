package desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeeklyHoursAreReadFromTextTest {

    private static OpeningWindow window(String opens, String closes) {
        return OpeningWindow.between(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void office_hours_open_every_weekday_and_close_the_weekend() {
        // when
        WeeklyHours hours = WeeklyHours.parse("MON-FRI 08:00-18:00");

        // then
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            assertThat(hours.windowsOn(day)).containsExactly(window("08:00", "18:00"));
        }
        assertThat(hours.windowsOn(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(hours.windowsOn(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void several_groups_and_a_lunch_gap_are_read_per_day() {
        // when
        WeeklyHours hours = WeeklyHours.parse("MON-THU 08:00-14:00,15:00-18:00; FRI 08:00-15:00");

        // then
        assertThat(hours.windowsOn(DayOfWeek.THURSDAY))
                .containsExactly(window("08:00", "14:00"), window("15:00", "18:00"));
        assertThat(hours.windowsOn(DayOfWeek.FRIDAY)).containsExactly(window("08:00", "15:00"));
        assertThat(hours.windowsOn(DayOfWeek.SATURDAY)).isEmpty();
    }

    @Test
    void windows_are_kept_sorted_and_day_names_ignore_case() {
        // when
        WeeklyHours hours = WeeklyHours.parse("  sat,Sun 15:00-18:00 , 09:00-13:00 ");

        // then
        assertThat(hours.windowsOn(DayOfWeek.SUNDAY))
                .containsExactly(window("09:00", "13:00"), window("15:00", "18:00"));
        assertThat(hours.windowsOn(DayOfWeek.MONDAY)).isEmpty();
    }

    @Test
    void twenty_four_hundred_closes_at_the_end_of_the_day() {
        // when
        WeeklyHours hours = WeeklyHours.parse("MON-SUN 00:00-24:00");

        // then
        OpeningWindow wholeDay = hours.windowsOn(DayOfWeek.TUESDAY).getFirst();
        assertThat(wholeDay.closesAtMidnight()).isTrue();
        assertThat(wholeDay).hasToString("00:00-24:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "MON-FRI 08:00-18:00",
            "MON-THU 08:00-14:00,15:00-18:00; FRI 08:00-15:00",
            "MON 09:00-10:00; WED 09:00-10:00; SUN 00:00-06:00",
            "MON-SUN 00:00-24:00"})
    void formatting_gives_back_text_that_reads_the_same(String text) {
        // when
        WeeklyHours hours = WeeklyHours.parse(text);

        // then
        assertThat(hours.format()).isEqualTo(text);
        assertThat(WeeklyHours.parse(hours.format())).isEqualTo(hours);
    }

    @ParameterizedTest(name = "''{0}'' is refused mentioning ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            MON-FRI                              | expected days then windows
            MON-FRI 8-18                         | bad time '8'
            MON-FRI 08:00                        | expected a window like
            MON-FRI 08:00-18:00,                 | expected a window like
            XYZ 08:00-18:00                      | unknown day 'XYZ'
            FRI-MON 08:00-18:00                  | must run forward
            MON-TUE-WED 08:00-18:00              | bad day range
            MON 08:00-18:00; MON 09:00-10:00     | MONDAY is given more than once
            MON 18:00-08:00                      | must open before it closes
            MON 08:00-08:00                      | must open before it closes
            MON 08:00-12:00,11:00-13:00          | overlap
            MON 25:00-26:00                      | bad time '25:00'
            MON 24:00-24:00                      | bad time '24:00'
            MON 08:00-18:00;                     | expected days then windows
            """)
    void bad_text_is_refused_with_a_clear_message(String text, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WeeklyHours.parse(text))
                .withMessageContaining(message);
    }

    @Test
    void empty_text_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklyHours.parse(" ")).withMessageContaining("empty");
        assertThatIllegalArgumentException().isThrownBy(() -> WeeklyHours.parse(null));
    }

    @Test
    void a_week_without_any_window_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WeeklyHours.of(Map.of(DayOfWeek.MONDAY, List.of())))
                .withMessageContaining("at least one opening window");
    }

    @Test
    void touching_windows_are_allowed_but_overlapping_ones_are_not() {
        // when / then
        assertThat(WeeklyHours.of(Map.of(DayOfWeek.MONDAY,
                List.of(window("12:00", "14:00"), window("08:00", "12:00")))).windowsOn(DayOfWeek.MONDAY))
                .containsExactly(window("08:00", "12:00"), window("12:00", "14:00"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WeeklyHours.of(Map.of(DayOfWeek.MONDAY,
                        List.of(window("08:00", "12:00"), OpeningWindow.between(LocalTime.NOON.minusMinutes(1),
                                LocalTime.MIDNIGHT)))))
                .withMessageContaining("MONDAY overlap");
    }
}
