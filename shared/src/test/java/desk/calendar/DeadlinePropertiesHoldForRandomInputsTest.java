package desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import desk.calendar.DeadlineExplanation.CountedInterval;
import desk.calendar.DeadlineExplanation.SkippedDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of deadlines over seeded random starts (2026-2028) and durations (0-80 h), on several calendars: named
 * ones with short days, seasons and closed periods, and one generated per seed with random ones of each.
 * Each seed runs {@value #CASES_PER_SEED} cases; a failure names its seed and case, so it can be replayed.
 */
class DeadlinePropertiesHoldForRandomInputsTest {

    private static final int CASES_PER_SEED = 500;
    private static final Instant EARLIEST = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.between(EARLIEST, Instant.parse("2029-01-01T00:00:00Z")).toSeconds();
    private static final long MAX_SECONDS = Duration.ofHours(80).toSeconds();
    /** Times worth hitting exactly: openings, closings, lunch, midnight and the DST switch hours. */
    private static final List<LocalTime> EDGES = Stream.of(
            "00:00", "02:00", "02:15", "02:30", "03:00", "03:15", "04:00", "05:00", "06:00",
            "08:00", "14:00", "15:00", "17:59:59", "18:00", "23:59:59").map(LocalTime::parse).toList();

    private static final List<BusinessCalendar> CALENDARS = List.of(
            Calendars.spainMadrid(),
            Calendars.madridWithLunchBreak(),
            Calendars.madridWithSundayNightShift(),
            Calendars.spainMadridClosedOn(
                    ClosingDate.on(LocalDate.of(2026, 12, 24), "Christmas Eve"),
                    ClosingDate.on(LocalDate.of(2027, 8, 16), "Summer closure"),
                    ClosingDate.on(LocalDate.of(2027, 8, 17), "Summer closure"),
                    ClosingDate.on(LocalDate.of(2028, 3, 27), "Office move")),
            Calendars.madridWith("TUE,THU 09:00-12:00; SUN 02:15-03:15,04:00-05:00"),
            Calendars.madridWith("WED 09:00-12:00; SUN 02:00-02:45,03:00-04:00"),
            Calendars.madridWith("MON-SUN 00:00-24:00"),
            Calendars.madridWithShortDaysAndSummerHours(),
            Calendars.madridWithClosedPeriods(),
            Calendars.madridWithWinterSeason(),
            Calendars.madridNightShiftWithSwitchDayRules(),
            Calendars.madridWithSeasonOnTheSwitchDates());
    /** Dates whose own rules are worth drawing often: the DST switch dates of 2026-2028. */
    private static final List<LocalDate> SWITCH_DATES = Stream.of(
            "2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31", "2028-03-26", "2028-10-29")
            .map(LocalDate::parse).toList();

    static LongStream seeds() {
        return LongStream.of(1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765,
                20_260_329);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void business_time_until_the_deadline_is_the_time_added(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            Instant due = calendar.addBusinessTime(start, businessTime);
            assertThat(calendar.businessTimeBetween(start, due)).as(label).isEqualTo(businessTime);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void later_starts_and_longer_times_never_give_earlier_deadlines(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            Instant due = calendar.addBusinessTime(start, businessTime);
            Duration longer = businessTime.plusSeconds(random.nextLong(Duration.ofHours(12).toSeconds()));
            Instant later = start.plusSeconds(random.nextLong(Duration.ofDays(3).toSeconds()));
            assertThat(calendar.addBusinessTime(start, longer)).as(label + ", longer " + longer)
                    .isAfterOrEqualTo(due);
            assertThat(calendar.addBusinessTime(later, businessTime)).as(label + ", later " + later)
                    .isAfterOrEqualTo(due);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_deadline_falls_in_open_time_or_on_a_closing_instant(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            Instant due = calendar.addBusinessTime(start, businessTime);
            if (businessTime.isZero()) {
                assertThat(due).as(label).isEqualTo(start);
            } else {
                boolean closingInstant = !calendar.isOpen(due) && calendar.isOpen(due.minusNanos(1));
                assertThat(calendar.isOpen(due) || closingInstant).as(label + ", due " + due).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_explanation_counts_ordered_open_pieces_summing_to_the_time_added(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            DeadlineExplanation explanation = calendar.explain(start, businessTime);
            List<CountedInterval> counted = explanation.counted();
            List<LocalDate> skippedDates = explanation.skipped().stream().map(SkippedDay::date).toList();

            assertThat(explanation.dueAt()).as(label).isEqualTo(calendar.addBusinessTime(start, businessTime));
            assertThat(counted.stream().map(CountedInterval::duration).reduce(Duration.ZERO, Duration::plus))
                    .as(label).isEqualTo(businessTime);
            Instant previousEnd = start;
            for (CountedInterval piece : counted) {
                assertThat(piece.from()).as(label + ", piece " + piece).isAfterOrEqualTo(previousEnd);
                assertThat(calendar.isOpen(piece.from()) && calendar.isOpen(piece.to().minusNanos(1)))
                        .as(label + ", piece " + piece + " is open").isTrue();
                assertThat(calendar.businessTimeBetween(piece.from(), piece.to()))
                        .as(label + ", piece " + piece + " is open throughout").isEqualTo(piece.duration());
                assertThat(skippedDates).as(label + ", piece " + piece)
                        .doesNotContain(localDate(calendar, piece.from()));
                previousEnd = piece.to();
            }
            if (!counted.isEmpty()) {
                assertThat(counted.getFirst().from()).as(label).isEqualTo(calendar.nextOpening(start));
                assertThat(counted.getLast().to()).as(label).isEqualTo(explanation.dueAt());
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_explanation_skips_exactly_the_closed_dates_between_start_and_deadline(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            DeadlineExplanation explanation = calendar.explain(start, businessTime);
            LocalDate first = localDate(calendar, start).plusDays(1);
            LocalDate last = localDate(calendar, explanation.dueAt());
            List<SkippedDay> expected = first.isBefore(last)
                    ? first.datesUntil(last)
                            .flatMap(date -> calendar.closureOn(date).map(why -> new SkippedDay(date, why)).stream())
                            .toList()
                    : List.of();
            assertThat(explanation.skipped()).as(label).isEqualTo(expected);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void adding_time_in_two_steps_equals_adding_it_at_once(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            if (businessTime.isZero()) {
                return;
            }
            Duration first = Duration.ofSeconds(1 + random.nextLong(businessTime.toSeconds()));
            Duration second = businessTime.minus(first);
            Instant inTwoSteps = calendar.addBusinessTime(calendar.addBusinessTime(start, first), second);
            assertThat(inTwoSteps).as(label + ", split " + first + " + " + second)
                    .isEqualTo(calendar.addBusinessTime(start, businessTime));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_next_opening_is_open_and_nothing_opens_before_it(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            Instant opening = calendar.nextOpening(start);
            assertThat(calendar.isOpen(opening)).as(label).isTrue();
            assertThat(calendar.businessTimeBetween(start, opening)).as(label).isZero();
            assertThat(opening.equals(start)).as(label).isEqualTo(calendar.isOpen(start));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void counting_back_the_time_added_lands_on_the_start_or_the_opening_it_waits_for(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            Instant due = calendar.addBusinessTime(start, businessTime);
            Instant back = calendar.subtractBusinessTime(due, businessTime);
            assertThat(back).as(label + ", due " + due)
                    .isEqualTo(businessTime.isZero() ? start : calendar.nextOpening(start));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void counting_back_from_any_instant_lands_in_open_time_that_far_before_it(long seed) {
        forEachCase(seed, (calendar, end, businessTime, random, label) -> {
            Instant back = calendar.subtractBusinessTime(end, businessTime);
            assertThat(calendar.businessTimeBetween(back, end)).as(label + ", back " + back).isEqualTo(businessTime);
            if (!businessTime.isZero()) {
                assertThat(calendar.isOpen(back)).as(label + ", back " + back + " is open").isTrue();
            }
            Duration longer = businessTime.plusSeconds(random.nextLong(Duration.ofHours(12).toSeconds()));
            Instant later = end.plusSeconds(random.nextLong(Duration.ofDays(3).toSeconds()));
            assertThat(calendar.subtractBusinessTime(end, longer)).as(label + ", longer " + longer)
                    .isBeforeOrEqualTo(back);
            assertThat(calendar.subtractBusinessTime(later, businessTime)).as(label + ", later " + later)
                    .isAfterOrEqualTo(back);
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void a_reversed_range_is_the_forward_range_negated(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            Instant other = start.plusSeconds(random.nextLong(Duration.ofDays(10).toSeconds()));
            assertThat(calendar.businessTimeBetween(other, start)).as(label + ", other " + other)
                    .isEqualTo(calendar.businessTimeBetween(start, other).negated());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void business_days_land_in_open_time_and_never_shrink_with_more_days(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            int days = random.nextInt(6);
            DeadlineExplanation explanation = calendar.explainBusinessDays(start, days);
            Instant due = explanation.dueAt();
            assertThat(due).as(label + ", " + days + " days").isAfterOrEqualTo(start);
            // Not strictly later: two dates' same time can share the next opening (06:00 after a 00:00-06:00 day).
            assertThat(calendar.addBusinessDays(start, days + 1)).as(label + ", " + days + " days and one more")
                    .isAfterOrEqualTo(due);
            if (days > 0) {
                assertThat(calendar.isOpen(due)).as(label + ", " + days + " days: due " + due).isTrue();
                assertThat(calendar.businessTimeBetween(start, due)).as(label + ", " + days + " days")
                        .isEqualTo(explanation.target());
                assertThat(explanation.counted().stream().map(CountedInterval::duration)
                        .reduce(Duration.ZERO, Duration::plus)).as(label).isEqualTo(explanation.target());
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void the_explanation_names_the_special_hours_of_exactly_the_dates_counted_on(long seed) {
        forEachCase(seed, (calendar, start, businessTime, random, label) -> {
            DeadlineExplanation explanation = calendar.explain(start, businessTime);
            List<LocalDate> countedDates = explanation.counted().stream()
                    .map(piece -> localDate(calendar, piece.from())).distinct().toList();
            assertThat(explanation.specialHours()).as(label)
                    .allSatisfy(special -> assertThat(countedDates).contains(special.date()));
            assertThat(explanation.specialHours()).extracting(DeadlineExplanation.SpecialHours::date)
                    .as(label).doesNotHaveDuplicates().isSorted();
        });
    }

    private interface Case {
        void check(BusinessCalendar calendar, Instant start, Duration businessTime, Random random, String label);
    }

    private static void forEachCase(long seed, Case property) {
        var random = new Random(seed);
        BusinessCalendar generated = randomCalendar(new Random(seed * 31 + 7), seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            // A third of the cases use this seed's generated calendar, the rest the named ones.
            BusinessCalendar calendar = random.nextInt(3) == 0
                    ? generated : CALENDARS.get(random.nextInt(CALENDARS.size()));
            Instant start = randomStart(random, calendar);
            Duration businessTime = randomBusinessTime(random);
            String label = "seed %d case %d: %s + %s on %s".formatted(
                    seed, i, start.atZone(calendar.zone()), businessTime, calendar.id());
            try {
                property.check(calendar, start, businessTime, random, label);
            } catch (RuntimeException unexpected) {
                throw new AssertionError(label + " threw " + unexpected, unexpected);
            }
        }
    }

    /**
     * Random weekly hours with random seasons, dates with their own hours, closed periods and closing dates in
     * 2026-2028, at quarter-hour times (so the DST hours are hit), often on the switch dates themselves.
     */
    private static BusinessCalendar randomCalendar(Random random, long seed) {
        var seasons = new ArrayList<Season>();
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate first = randomDate(random);
            var season = new Season("Season " + i, first, first.plusDays(random.nextInt(120)), randomWeek(random));
            if (seasons.stream().noneMatch(other -> other.first().isBefore(season.last().plusDays(1))
                    && season.first().isBefore(other.last().plusDays(1)))) {
                seasons.add(season);
            }
        }
        var ownHours = new java.util.LinkedHashMap<LocalDate, DateHours>();
        for (int i = random.nextInt(40); i > 0; i--) {
            LocalDate date = randomDate(random);
            ownHours.putIfAbsent(date, new DateHours(date, "Own hours " + i, randomWindows(random)));
        }
        var closedPeriods = new ArrayList<ClosedPeriod>();
        for (int i = random.nextInt(40); i > 0; i--) {
            closedPeriods.add(new ClosedPeriod(randomDate(random), "Closed " + i, randomWindows(random).getFirst()));
        }
        var closings = new java.util.LinkedHashMap<LocalDate, ClosingDate>();
        for (int i = random.nextInt(6); i > 0; i--) {
            LocalDate date = randomDate(random);
            closings.putIfAbsent(date, ClosingDate.on(date, "Closed all day " + i));
        }
        return new BusinessCalendar("random-" + seed, "1", Calendars.MADRID, randomWeek(random),
                random.nextBoolean() ? JollydayHolidays.of("ES", java.util.Optional.empty()) : Holidays.none(),
                List.copyOf(closings.values()), List.copyOf(ownHours.values()), seasons, closedPeriods);
    }

    private static LocalDate randomDate(Random random) {
        return random.nextInt(4) == 0
                ? SWITCH_DATES.get(random.nextInt(SWITCH_DATES.size()))
                : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3 * 365));
    }

    private static WeeklyHours randomWeek(Random random) {
        var windows = new java.util.EnumMap<java.time.DayOfWeek, List<OpeningWindow>>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (random.nextInt(3) > 0) {
                windows.put(day, randomWindows(random));
            }
        }
        if (windows.isEmpty()) {
            windows.put(java.time.DayOfWeek.SUNDAY, randomWindows(random));
        }
        return WeeklyHours.of(windows);
    }

    /** One or two windows at quarter hours, 00:00 to 24:00. */
    private static List<OpeningWindow> randomWindows(Random random) {
        var quarters = new java.util.TreeSet<Integer>();
        int count = 1 + random.nextInt(2);
        while (quarters.size() < 2 * count) {
            quarters.add(random.nextInt(97));
        }
        List<Integer> times = List.copyOf(quarters);
        var windows = new ArrayList<OpeningWindow>();
        for (int i = 0; i < times.size(); i += 2) {
            windows.add(OpeningWindow.between(quarter(times.get(i)), quarter(times.get(i + 1))));
        }
        return windows;
    }

    private static LocalTime quarter(int quarter) {
        return quarter == 96 ? LocalTime.MIDNIGHT : LocalTime.of(quarter / 4, quarter % 4 * 15);
    }

    /** Anywhere in 2026-2028 to the second, or, a third of the time, exactly at an edge of a local day. */
    private static Instant randomStart(Random random, BusinessCalendar calendar) {
        Instant anywhere = EARLIEST.plusSeconds(random.nextLong(SPAN_SECONDS));
        if (random.nextInt(3) > 0) {
            return anywhere;
        }
        LocalDate date = localDate(calendar, anywhere);
        return ZonedDateTime.of(date, EDGES.get(random.nextInt(EDGES.size())), calendar.zone()).toInstant();
    }

    /** Zero sometimes, whole hours sometimes, else minute or second granularity, up to 80 hours. */
    private static Duration randomBusinessTime(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> Duration.ZERO;
            case 1, 2 -> Duration.ofHours(1 + random.nextInt(80));
            case 3, 4, 5 -> Duration.ofMinutes(1 + random.nextLong(MAX_SECONDS / 60));
            default -> Duration.ofSeconds(1 + random.nextLong(MAX_SECONDS));
        };
    }

    private static LocalDate localDate(BusinessCalendar calendar, Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }
}
