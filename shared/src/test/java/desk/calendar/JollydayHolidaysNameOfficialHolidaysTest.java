package desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JollydayHolidaysNameOfficialHolidaysTest {

    private static List<LocalDate> holidayDatesIn(Holidays holidays, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.datesUntil(first.plusYears(1)).filter(date -> holidays.on(date).isPresent()).toList();
    }

    @Test
    void spain_without_a_subdivision_has_exactly_the_ten_national_holidays_of_2026() {
        // given
        Holidays spain = JollydayHolidays.of("ES", Optional.empty());

        // when / then
        assertThat(holidayDatesIn(spain, 2026)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void spain_without_a_subdivision_has_exactly_the_ten_national_holidays_of_2027() {
        // given
        Holidays spain = JollydayHolidays.of("ES", Optional.empty());

        // when / then: checked by hand, Easter 2027 is 28 March
        assertThat(holidayDatesIn(spain, 2027)).containsExactly(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 6), LocalDate.of(2027, 3, 26),
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 8, 15), LocalDate.of(2027, 10, 12),
                LocalDate.of(2027, 11, 1), LocalDate.of(2027, 12, 6), LocalDate.of(2027, 12, 8),
                LocalDate.of(2027, 12, 25));
    }

    @Test
    void a_subdivision_adds_its_regional_holidays_to_the_national_ones() {
        // given
        Holidays madrid = JollydayHolidays.of("es", Optional.of("MD"));

        // when / then: Maundy Thursday is a holiday in the Community of Madrid, not nationally
        assertThat(madrid.on(LocalDate.of(2026, 4, 2))).contains("Maundy Thursday");
        assertThat(madrid.on(LocalDate.of(2026, 12, 8))).contains("Immaculate Conception Day");
        assertThat(madrid.on(LocalDate.of(2026, 4, 1))).isEmpty();
    }

    @Test
    void holiday_sources_are_equal_when_they_name_the_same_place() {
        assertThat(JollydayHolidays.of("es", Optional.of("md")))
                .isEqualTo(JollydayHolidays.of("ES", Optional.of("MD")))
                .isNotEqualTo(JollydayHolidays.of("ES", Optional.empty()))
                .hasToString("public holidays of ES-md");
    }

    @Test
    void unknown_countries_and_subdivisions_are_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JollydayHolidays.of("XX", Optional.empty()))
                .withMessageContaining("XX");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JollydayHolidays.of("ES", Optional.of("zz")))
                .withMessageContaining("zz");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> JollydayHolidays.of(" ", Optional.empty()));
    }

    @Test
    void concurrent_lookups_agree_with_a_single_threaded_one() {
        // given
        Holidays spain = JollydayHolidays.of("ES", Optional.empty());
        var seen = ConcurrentHashMap.<LocalDate>newKeySet();

        // when: many threads ask for dates of the same few years at once
        IntStream.range(0, 2_000).parallel()
                .mapToObj(i -> LocalDate.of(2030 + i % 4, 1, 1).plusDays(i % 365))
                .filter(date -> spain.on(date).isPresent())
                .forEach(seen::add);

        // then
        assertThat(seen).contains(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 6), LocalDate.of(2033, 10, 12));
        assertThat(Holidays.none().on(LocalDate.of(2030, 1, 1))).isEmpty();
    }
}
